"""A labelled privacy corpus: strings that hold a contact detail, and strings that must not.

Positives are phone numbers in the national and international formats of 20 countries (with
no-break, thin and ideographic spaces, en-dashes and spaced dashes, full-width digits) and
e-mail addresses plain, internationalised, full-width and obfuscated, each set in a sentence
the way people write them. Negatives are what reports are made of: dates, times, amounts,
IBANs and ISBNs that validate, order and invoice numbers, versions, IP addresses, statistics.
All numbers are fictional and generated from a fixed seed; addresses use example domains.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

_RNG = random.Random(21)


@dataclass(frozen=True)
class Positive:
    text: str  # the sentence
    secret: str  # the contact detail planted in it
    kind: str  # "phone" or "email"


def _d(n: int) -> str:
    return "".join(str(_RNG.randrange(10)) for _ in range(n))


#: Country → phone formats (``{n}`` is n random digits).
PHONE_FORMATS = {
    "US": ["+1 (555) 010-{4}", "555-010-{4}", "(555) 010-{4}", "555.010.{4}", "1-555-010-{4}"],
    "GB": ["+44 20 7946 0{3}", "020 7946 0{3}", "07700 900{3}", "+44 (0)20 7946 0{3}"],
    "FR": ["+33 6 12 34 56 {2}", "06 12 34 56 {2}", "06.12.34.56.{2}", "06-12-34-56-{2}"],
    "DE": ["+49 30 12345{3}", "030 12345{3}", "+49 (0)30 1234 5{3}", "030/1234-5{3}"],
    "NL": ["+31 6 1234 5{3}", "06-1234 5{3}", "020 123 4{3}", "+31 (0)20 123 4{3}"],
    "ES": ["+34 612 345 {3}", "612 34 56 {2}", "91 123 45 {2}", "0034 612 345 {3}"],
    "IT": ["+39 06 1234 5{3}", "347 123 4{3}", "+39 347 1234{3}", "06 1234 5{3}"],
    "JP": ["+81 3-1234-5{3}", "03-1234-5{3}", "090-1234-5{3}", "+81 90 1234 5{3}"],
    "IN": ["+91 98765 43{3}", "098765 43{3}", "+91-98765-43{3}", "98765 43{3}"],
    "BR": ["+55 11 91234-5{3}", "(11) 91234-5{3}", "+55 (11) 3123-4{3}", "11 3123-4{3}"],
    "AU": ["+61 4 9157 0{3}", "0491 570 {3}", "(02) 9876 5{3}", "+61 2 9876 5{3}"],
    "SE": ["+46 70 123 45 {2}", "070-123 45 {2}", "08-123 456 {2}", "+46 8 123 456 {2}"],
    "PL": ["+48 512 345 {3}", "512 345 {3}", "+48 22 123 45 {2}", "22 123 45 {2}"],
    "CH": ["+41 44 668 18 {2}", "044 668 18 {2}", "079 123 45 {2}", "+41 79 123 45 {2}"],
    "CN": ["+86 138 0013 8{3}", "138 0013 8{3}", "010-1234 5{3}", "+86 10 1234 5{3}"],
    "KR": ["+82 10-1234-5{3}", "010-1234-5{3}", "02-123-4{3}", "+82 2 123 4{3}"],
    "MX": ["+52 55 1234 5{3}", "55 1234 5{3}", "+52 1 55 1234 5{3}", "(55) 1234 5{3}"],
    "SG": ["+65 6123 4{3}", "6123 4{3}", "9123 4{3}", "+65 9123 4{3}"],
    "DK": ["+45 32 12 34 {2}", "32 12 34 {2}", "0045 32 12 34 {2}", "+45 20 12 34 {2}"],
    "ZA": ["+27 21 123 4{3}", "021 123 4{3}", "+27 82 123 4{3}", "082 123 4{3}"],
}

#: How people separate the groups of a number besides plain spaces and hyphens.
_SPACES = ["\u00a0", "\u2009", "\u202f", "\u3000", "  "]
_DASHES = ["\u2013", "\u2011", "\u2212", " \u2013 ", " - ", "\u2014", "\u30fc"]
_FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")

_PHONE_SENTENCES = [
    "Call me on {}.",
    "Tel.: {}",
    "my number is {} — evenings are best",
    "📞 {}",
    "({})",
    "Reach me at {}, or on LinkedIn.",
    "WhatsApp {} any time",
    "{}",
    "電話番号は{}です",
    "Telefon: {} (Büro)",
]

_EMAILS = [
    "ana.ruiz@example.com",
    "ana+jobs@example.org",
    "ANA.RUIZ@EXAMPLE.COM",
    "j.o'neil@mail.example.co.uk",
    "josé.núñez@example.com",
    "renée@exämple.de",
    "用户@例子.example",
    "пётр@пример.example",
    "ana@mail.example.org",
    "first_last-1@example.net",
]
_OBFUSCATIONS = [
    ("{u} [at] {d} [dot] {t}"),
    ("{u}[at]{d}[dot]{t}"),
    ("{u} (at) {d} (dot) {t}"),
    ("{u}(at){d}(dot){t}"),
    ("{u} {{at}} {d} {{dot}} {t}"),
    ("{u} at {d} dot {t}"),
    ("{u} AT {d} DOT {t}"),
    ("{u} @ {d}.{t}"),
    ("{u}[@]{d}[.]{t}"),
    ("{u}＠{d}．{t}"),
    ("{u}﹫{d}.{t}"),
    ("{u}@{d}。{t}"),
    ("{u} <at> {d} <dot> {t}"),
    ("{u} [AT] {d} [DOT] {t}"),
]
_EMAIL_SENTENCES = [
    "Mail me: {}",
    "write to {} for the deck",
    "{}",
    "Contact — {} — thanks",
    "メールは{}まで",
    "E-Mail: {}.",
]


def _phone(fmt: str) -> str:
    out, i = [], 0
    while i < len(fmt):
        if fmt[i] == "{":
            j = fmt.index("}", i)
            out.append(_d(int(fmt[i + 1 : j])))
            i = j + 1
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def positives() -> list[Positive]:
    """Every positive of the corpus (phone numbers first, then e-mail addresses)."""
    found: list[Positive] = []
    for formats in PHONE_FORMATS.values():
        for k, fmt in enumerate(formats):
            number = _phone(fmt)
            sentence = _PHONE_SENTENCES[k % len(_PHONE_SENTENCES)]
            found.append(Positive(sentence.format(number), number, "phone"))
            # the same number with Unicode spaces and dashes
            space = _SPACES[(k + len(found)) % len(_SPACES)]
            dash = _DASHES[(k + len(found)) % len(_DASHES)]
            odd = number.replace(" ", space).replace("-", dash)
            if odd == number:
                odd = number.replace(" ", dash, 1)
            found.append(Positive(_PHONE_SENTENCES[(k + 3) % 10].format(odd), odd, "phone"))
            full = number.translate(_FULLWIDTH).replace(" ", "\u3000")
            found.append(Positive(_PHONE_SENTENCES[(k + 7) % 10].format(full), full, "phone"))
    for i, email in enumerate(_EMAILS):
        for j, sentence in enumerate(_EMAIL_SENTENCES):
            address = email if j % 3 else email.translate(str.maketrans(_ASCII, _WIDE))
            if j == 0:
                address = email
            found.append(Positive(sentence.format(address), address, "email"))
        user, domain = email.split("@")
        for j, fmt in enumerate(_OBFUSCATIONS[i % 3 :: 1][:10]):
            host, _, tld = domain.rpartition(".")
            address = fmt.format(u=user, d=host.replace(".", " [dot] "), t=tld)
            found.append(Positive(_EMAIL_SENTENCES[j % 6].format(address), address, "email"))
    return found


_ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.+_-"
_WIDE = "".join(chr(ord(c) + 0xFEE0) for c in _ASCII)


# --- negatives -----------------------------------------------------------------------------


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    code = f"{country}{check:02d}{bban}"
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def _isbn13(stem12: str) -> str:
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(stem12))
    return stem12 + str((10 - total % 10) % 10)


def _isbn10(stem9: str) -> str:
    total = sum((10 - i) * int(c) for i, c in enumerate(stem9))
    check = (11 - total % 11) % 11
    return stem9 + ("X" if check == 10 else str(check))


def negatives() -> list[str]:
    """Every negative of the corpus: text that holds no contact detail."""
    found: list[str] = []
    for _ in range(30):
        y, m, d = _RNG.randrange(1990, 2031), _RNG.randrange(1, 13), _RNG.randrange(1, 29)
        h, mi, s = _RNG.randrange(24), _RNG.randrange(60), _RNG.randrange(60)
        found += [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{m:02d}/{d:02d}/{y} {h:02d}:{mi:02d}",
            f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.123456+00:00",
            f"{d:02d}/{m:02d}/{y} – {d:02d}/{(m % 12) + 1:02d}/{y}",
            f"from {y}-{m:02d}-{d:02d} {h:02d}:{mi:02d} to {y}-{m:02d}-{d:02d} 23:59",
        ]
    for _ in range(15):
        n = _RNG.randrange(10_000_000, 999_999_999)
        found += [
            f"€{n:,}.{_RNG.randrange(100):02d}",
            f"{n:,} USD".replace(",", "."),
            f"{n:,}.00 €".replace(",", " "),
            f"budget: $ {n:,}",
            f"CHF {n:,}".replace(",", "'"),
            f"{n:,},{_RNG.randrange(100):02d} EUR".replace(",", ".", 2),
        ]
    ibans = [
        ("DE", "370400440532013" + _d(3)),
        ("NL", "ABNA0" + _d(9)),
        ("FR", "2004101005050001" + _d(7)),
        ("GB", "NWBK601613" + _d(8)),
        ("ES", "2100041845020005" + _d(4)),
        ("IT", "X0542811101000000" + _d(6)),
        ("CH", "00762011623852" + _d(3)),
        ("BE", "5390075" + _d(5)),
    ]
    for _ in range(4):
        for country, bban in ibans:
            bban = bban[:-3] + _d(3)
            iban = _iban(country, bban)
            found += [f"IBAN {iban}", iban.replace(" ", ""), f"pay to {iban} by Friday"]
    for _ in range(20):
        stem = _RNG.choice(["978", "979"]) + _d(9)
        isbn = _isbn13(stem)
        found += [
            f"ISBN {isbn}",
            f"{isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}",
            f"ISBN-13: {isbn[:3]}-{isbn[3:5]}-{isbn[5:9]}-{isbn[9:12]}-{isbn[12]}",
        ]
        ten = _isbn10(_d(9))
        found += [f"ISBN {ten}", f"{ten[0]}-{ten[1:4]}-{ten[4:9]}-{ten[9]}"]
    for _ in range(12):
        found += [
            f"Order #{_d(9)}",
            f"INV-{_RNG.randrange(2019, 2027)}-{_d(6)}",
            f"invoice {_d(10)}",
            f"PO {_d(10)}",
            f"Ref: {_d(4)}-{_d(4)}-{_d(2)}",
            f"ticket {_d(3)} {_d(3)} {_d(3)}",
            f"Bestellung Nr. {_d(10)}",
            f"SKU-{_d(4)}-{_d(5)}",
        ]
    for _ in range(10):
        found += [
            f"v{_RNG.randrange(1, 20)}.{_RNG.randrange(20)}.{_d(4)}.{_d(4)}",
            f"{_RNG.randrange(1, 20)}.{_RNG.randrange(10)}.{_d(5)}.{_d(4)}",
            f"version {_RNG.randrange(1, 9)}.{_RNG.randrange(99)}.{_d(6)}",
            f"{_RNG.randrange(1, 255)}.{_RNG.randrange(255)}.{_RNG.randrange(255)}."
            f"{_RNG.randrange(255)}",
            f"{_RNG.randrange(24):02d}:{_RNG.randrange(60):02d}:{_RNG.randrange(60):02d}",
            f"{_RNG.randrange(1, 12)}:{_RNG.randrange(60):02d} pm – "
            f"{_RNG.randrange(1, 12)}:{_RNG.randrange(60):02d} pm",
        ]
    found += [
        "12 / 40 = 30.0 % (17.9–45.6 %) · change +12.5",
        "p = 0.0612345678",
        "1,234,567 connections",
        "@media screen and (max-width: 400px)",
        "run 2026-11-22T10:26:00.123456",
        "52.3676, 4.9041",
        "Meet at Example.com's booth, hall 3",
        "we met at the conference; dot the i's",
        "ana@ the office",
        "3 of 12 replied in 24 h",
        "median 4.5 days (IQR 2.0–9.0)",
        "Q3 2024: 1 234 connections, +17 %",
        "lat 40.4168 lon -3.7038",
        "score 0.873 ± 0.021",
        "¡Seguimos en contacto! 2024",
        "株式会社ミライデータ 2024年4月1日",
        "room 2.14, floor 3",
        "Follow @example on the site",
        "1999–2024",
        "page 12–15, 2nd ed.",
    ]
    return found
