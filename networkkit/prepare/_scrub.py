"""One scrubber for contact details: e-mail addresses and phone numbers in any script.

Text is first normalised the way a reader sees it: NFKC (full-width ``＠`` and ``０６`` become
``@`` and ``06``), every Unicode dash becomes ``-`` and every Unicode space a plain space.
Then, on that normalised copy:

1. numbers that are something else — IBANs and ISBNs that validate, dates with a four-digit
   year, clock times, IP addresses, amounts next to a currency — are masked, so no phone
   number is read inside them;
2. e-mail addresses are found, plain (``ana@example.com``, ``josé@exämple.de``) or
   obfuscated (``ana [at] example [dot] com``, ``ana at example dot com``);
3. phone numbers are found: 8 to 15 digits with at most three separators between two digits,
   region-free (over-redaction is the intent), then judged on their shape and neighbours
   (an order number, a version, an amount is not a phone).

The spans found are replaced in the *original* text, which is otherwise left as it was.
Every pattern is built of bounded quantifiers, possessive where a repeat could be split two
ways, so the cost per position is a constant: scrubbing is linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

__all__ = [
    "EMAIL_PATTERN",
    "OTHER_NUMBERS",
    "PHONE_PATTERN",
    "PREFILTER",
    "PREFILTER_DIGITS",
    "find_private",
    "scrub",
]

# --- normalisation -------------------------------------------------------------------------

#: Characters that read as a full stop in an address (NFKC keeps the ideographic ones).
_DOTS = {"\u3002": ".", "\uff61": ".", "\u2024": "."}


def _separator(ch: str) -> str | None:
    cat = unicodedata.category(ch)
    # the katakana long-vowel mark is the dash of Japanese phone numbers (０９０ー１２３４)
    if cat == "Pd" or ch in "\u2212\u2043\ufe63\uff0d\u30fc\uff70":
        return "-"
    if cat in {"Zs", "Zl", "Zp"} or ch in "\t\n\r\x0b\x0c\u200b":
        return " "
    return None


class _Normaliser(dict):
    """``str.translate`` table: a character → its NFKC form, separators unified (cached)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = _DOTS.get(ch) or _separator(ch)
        if out is None:
            out = unicodedata.normalize("NFKC", ch)
            out = "".join(_separator(c) or _DOTS.get(c, c) for c in out)
        self[code] = out
        return out


_TABLE = _Normaliser()


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Return the normalised text and, when lengths differ, where each original char starts.

    ``starts[i]`` is the position in the normalised text of original character ``i``; it is
    ``None`` when every character maps to exactly one (positions are the same).
    """
    norm = text.translate(_TABLE)
    if len(norm) == len(text):
        return norm, None
    starts, pos = [], 0
    for ch in text:
        starts.append(pos)
        pos += len(_TABLE[ord(ch)])
    return norm, starts


# --- what is not a phone number -----------------------------------------------------------

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}+(?: ?[A-Z0-9]{1,3})?")
_ISBN = re.compile(r"(?:(?i:isbn)(?:-1[03])?:? ?)?(?<![\w-])(?:\d[- ]?){9,12}[\dXx](?![\w-])")
_DATE = re.compile(
    r"(?<!\d)(?:(?:1[89]|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:1[89]|20)\d\d)"
    r"(?!\d)(?:[T ]\d{1,2}:\d\d(?::\d\d(?:\.\d{1,9})?)?)?"
)
_YEARS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d ?- ?(?:1[89]|20)\d\d(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d\d(?::\d\d(?:\.\d{1,9})?)?(?!\d)")
_IP = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_CURRENCY = r"(?:[$€£¥₹₩₽]|(?i:eur|usd|gbp|chf|jpy|sek|nok|dkk|pln|inr|cny|aud|cad)\b)"
_MONEY = re.compile(
    rf"{_CURRENCY} ?\d{{1,3}}(?:[.,' ]\d{{3}}){{0,6}}+(?:[.,]\d{{1,2}})?(?!\d)"
    rf"|(?<![\d.,])\d{{1,3}}(?:[.,' ]\d{{3}}){{1,6}}+(?:[.,]\d{{1,2}})? ?{_CURRENCY}"
)
_MASK = "\x00"


def _iban_ok(text: str) -> bool:
    code = text.replace(" ", "")
    if not 15 <= len(code) <= 34:
        return False
    moved = code[4:] + code[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _isbn_ok(text: str) -> bool:
    keyword = text[:4].casefold() == "isbn"
    body = re.sub(r"(?i)^isbn(?:-1[03])?:? ?", "", text)
    digits = [c for c in body if c.isdigit() or c in "Xx"]
    groups = len(re.split(r"[- ]", body))
    if len(digits) == 13 and body[:3] in {"978", "979"} and all(c.isdigit() for c in digits):
        weights = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
        return weights % 10 == 0
    if len(digits) == 10 and (keyword or groups == 4):
        values = [10 if c in "Xx" else int(c) for c in digits]
        if any(c in "Xx" for c in digits[:-1]):
            return False
        return sum((10 - i) * v for i, v in enumerate(values)) % 11 == 0
    return False


def _mask(text: str) -> str:
    """Blank (with NUL) every number that validates as something other than a phone."""
    spans = []
    for pattern, valid in ((_IBAN, _iban_ok), (_ISBN, _isbn_ok)):
        spans += [m.span() for m in pattern.finditer(text) if valid(m.group())]
    for pattern in (_DATE, _YEARS, _TIME, _IP, _MONEY):
        spans += [m.span() for m in pattern.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _MASK * (end - start)
    return "".join(chars)


# --- e-mail addresses ----------------------------------------------------------------------

_LPART = r"[\w%+'-]++"
_DOT_OBF = r"(?: {0,2}[\[({<] {0,2}(?i:dot|\.) {0,2}[\])}>] {0,2}| {1,2}(?i:dot) {1,2})"
_DOT = rf"(?:\.|{_DOT_OBF})"
_AT_PLAIN = r"(?: {0,2}@ {0,2}| {0,2}[\[({<] {0,2}(?i:at|@) {0,2}[\])}>] {0,2})"
_LABEL = r"[^\W_][\w-]{0,62}+"
_TLD = r"[^\W\d_]{2,63}+(?![\w-])"
#: An e-mail address in normalised text: plain or with ``[at]``/``(at)`` and dots as ``.``,
#: ``[dot]`` or `` dot ``; or spelled out, ``ana at example dot com`` (then the last dot must
#: be spelled out too, so "met at Example.com" stays).
EMAIL_PATTERN = (
    rf"(?<![\w%+'-]){_LPART}(?:{_DOT}{_LPART}){{0,8}}"
    rf"(?:{_AT_PLAIN}(?:{_LABEL}{_DOT}){{1,8}}{_TLD}"
    rf"| {{1,2}}(?i:at) {{1,2}}(?:{_LABEL}{_DOT}){{0,7}}{_LABEL}{_DOT_OBF}{_TLD})"
)

# --- phone numbers -------------------------------------------------------------------------

#: Letters a number cannot be glued to (Latin, Greek, Cyrillic); Japanese or Chinese text
#: runs straight into a number ("電話番号は0612345678です").
_GLUE = r"A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF"

#: A phone number candidate in normalised, masked text: 8 to 15 digits, optionally led by
#: ``+`` or ``00``, at most three separators (space, dash, dot, slash, brackets) between two
#: digits; not glued to a word, a ``#`` or a word-and-dash (``INV-2024000123``).
PHONE_PATTERN = (
    rf"(?<![\d{_GLUE}+#\x00])(?<![\d{_GLUE}][-/])(?<!\d\.)"
    r"(?:\+|00)?\(?(?:\d[ ().\-/]{0,3}+){7,14}\d"
    rf"(?![\d{_GLUE}\x00])"
)

_EMAIL_RE = re.compile(EMAIL_PATTERN)
_PHONE_RE = re.compile(PHONE_PATTERN)

_PHONE_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:tel|phone|mobile|mob|cell|fax|call|whatsapp|signal|tlf|t[eé]l[eé]fono|telefon"
    r"|handy|portable|gsm|cellulare|celular|telemóvel|電話|携帯|전화)\W{0,4}$"
)
_NOT_PHONE_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:order|invoice|inv|ref|reference|ticket|case|tracking|sku|po|isbn|iban|account"
    r"|acct|build|version|ver|serial|receipt|transaction|txn|bestellung|rechnung|commande"
    r"|facture|pedido|factura|ordine|fattura|注文|請求)"
    r"(?:\W{1,3}(?:nr|no|n°|num|number|nummer|numéro|número|numero|id))?\W{0,4}$"
)
_AFTER_AMOUNT = re.compile(rf"^ ?(?:[.,]\d{{1,2}}(?!\d)|{_CURRENCY})")
_BEFORE_AMOUNT = re.compile(rf"{_CURRENCY} ?$")


def _compact_timestamp(digits: str) -> bool:
    if len(digits) not in (12, 14) or digits[:2] not in {"19", "20"}:
        return False
    month, day = int(digits[4:6]), int(digits[6:8])
    hour, minute = int(digits[8:10]), int(digits[10:12])
    return 1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60


def _is_phone(text: str, start: int, end: int) -> bool:
    """Judge a phone candidate ``text[start:end]`` on its shape and its neighbours."""
    found = text[start:end]
    before = text[max(0, start - 24) : start]
    if _PHONE_WORD.search(before):
        return True
    digits = "".join(c for c in found if c.isdigit())
    if found.startswith("+"):
        return True
    if _NOT_PHONE_WORD.search(before):
        return False
    if _AFTER_AMOUNT.match(text, end) or _BEFORE_AMOUNT.search(before):
        return False
    if found.startswith("00") and len(digits) >= 10:
        return True
    groups = [g for g in re.split(r"[ ().\-/]+", found) if g]
    seps = set(re.sub(r"[\d]", "", found))
    if len(groups) == 1:
        return len(digits) >= 9 and not _compact_timestamp(digits)
    if seps <= {"."} and not all(2 <= len(g) <= 4 for g in groups):
        return False  # a version or an amount: 10.0.19045.3803, 1.234.567
    if len(digits) == 8:
        return all(2 <= len(g) <= 4 for g in groups)
    return True


# --- the scrubber --------------------------------------------------------------------------

#: An RE2 pattern (Arrow's ``match_substring_regex``) every cell holding a contact detail
#: matches: an ``@`` in any width, an ``at`` in brackets or spelled out before a ``dot``, or
#: eight digits with at most six other characters between two of them.
PREFILTER = (
    r"(?i)[@＠﹫]|[\[(\{<（［｛＜]\s*(?:at|ａｔ)\s*[\])\}>）］｝＞]|\sat\s.*\sdot\s"
    r"|\pN(?:[^\pN]{0,6}\pN){7,}"
)

#: :data:`PREFILTER` with decimal digits (``\p{Nd}``, every script's) for numbers: RE2 runs it
#: about 15 times faster, the class of all numbers between them making its automaton large.
#: Together with :data:`OTHER_NUMBERS` it finds every cell :data:`PREFILTER` does that can
#: hold a phone number (a letter number such as "Ⅻ" never becomes a digit).
PREFILTER_DIGITS = (
    r"(?i)[@＠﹫]|[\[(\{<（［｛＜]\s*(?:at|ａｔ)\s*[\])\}>）］｝＞]|\sat\s.*\sdot\s"
    r"|\p{Nd}(?:\P{Nd}{0,6}\p{Nd}){7,}"
)

#: Numbers that are not decimal digits but may stand for them ("¹", "½", "①"): the few
#: cells holding one are matched against :data:`PREFILTER` as well.
OTHER_NUMBERS = r"\p{No}"


def find_private(text: str) -> list[tuple[int, int, str]]:
    """Return the spans of ``text`` holding an e-mail address or a phone number.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of (start, end, kind)
        Positions in ``text`` (not in its normalised form), ``kind`` ``"email"`` or
        ``"phone"``, in order and not overlapping.
    """
    norm, starts = _normalise(text)
    spans = [(m.start(), m.end(), "email") for m in _EMAIL_RE.finditer(norm)]
    # masking only blanks digits, so it cannot make a candidate: without one, skip it
    masked = _mask(norm) if _PHONE_RE.search(norm) else norm
    if spans:
        chars = list(masked)
        for start, end, _ in spans:
            chars[start:end] = _MASK * (end - start)
        masked = "".join(chars)
    spans += [
        (m.start(), m.end(), "phone")
        for m in _PHONE_RE.finditer(masked)
        if _is_phone(masked, m.start(), m.end())
    ]
    spans.sort()
    if starts is None:
        return spans
    # normalised positions → original: the char whose expansion holds the position
    out = []
    for start, end, kind in spans:
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_left(starts, end)
        out.append((first, last, kind))
    return out


def scrub(text: str) -> str:
    """Replace e-mail addresses by ``[email]`` and phone numbers by ``[phone]``.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text with each address and number replaced; everything else as it was.

    Examples
    --------
    >>> scrub("mail ana [at] example [dot] com or call +31\u00a06\u20131234\u00a05678")
    'mail [email] or call [phone]'
    """
    spans = find_private(text)
    if not spans:
        return text
    parts, pos = [], 0
    for start, end, kind in spans:
        parts.append(text[pos:start])
        parts.append(f"[{kind}]")
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
