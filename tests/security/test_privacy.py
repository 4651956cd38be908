"""Privacy: no report shows an e-mail address or a phone number; --anonymize leaves no name.

Every report of the shared runs (``conftest.rendered``: HTML and the executed notebook kept
beside it) is scanned. Embedded figures (``data:`` URIs, ``image/*`` outputs) and stylesheets
are dropped first: they are pixels and CSS, not text a reader can copy.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from conftest import EXPORT, GEM_EVENTS, PAYLOAD_EVENTS

import networkkit as nk

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONES = [
    # international: +1 555 0100, +33 6 12 34 56 78, +44 20 7946 0958 (8 to 15 digits)
    re.compile(r"\+\d[\d ().-]{6,20}\d"),
    # North American with area code in brackets: (555) 010-0199
    re.compile(r"\(\d{3}\)\s?\d{3}[-. ]\d{4}"),
    # 555-010-0199, 555.010.0199
    re.compile(r"(?<![\d.])\d{3}[-.]\d{3}[-.]\d{4}(?![\d.])"),
    # national ten digits with a trunk 0: 0612345678, 06 12 34 56 78, 06.12.34.56.78
    re.compile(r"(?<![\w.,])0\d(?:[ .]?\d{2}){4}(?![\w.,])"),
]


def phones_in(text: str) -> list[str]:
    found = []
    for pattern in PHONES:
        for match in pattern.finditer(text):
            digits = re.sub(r"\D", "", match.group())
            if 8 <= len(digits) <= 15:
                found.append(match.group())
    return found


def test_patterns_catch_the_forms_they_must():
    text = "call +1 555 0100, (555) 010-0199, 0612345678 or 06 12 34 56 78; +44 20 7946 0958"
    assert phones_in(text) == [
        "+1 555 0100",
        "+44 20 7946 0958",
        "(555) 010-0199",
        "0612345678",
        "06 12 34 56 78",
    ]
    assert EMAIL.findall("write to name@example.com or a.b-c@mail.example.org.") == [
        "name@example.com",
        "a.b-c@mail.example.org",
    ]


def test_patterns_ignore_what_reports_are_made_of():
    text = (
        "2026-03-18 10:00:00+00:00 · 12 / 40 = 30.0 % (17.9–45.6 %) · change +12.5 · "
        "p = 0.0612345678 · 1,234,567 connections · @media screen · run 2026-11-22T10:26:00.123456"
    )
    assert phones_in(text) == []
    assert EMAIL.findall(text) == []


def _strip_html(html: str) -> str:
    html = re.sub(r"data:[a-z]+/[\w.+-]+;base64,[A-Za-z0-9+/=\s]+", "data:", html)
    return re.sub(r"<style\b.*?</style>", "", html, flags=re.S | re.I)


def _strip_notebook(raw: str) -> str:
    nb = json.loads(raw)
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            for mime in [m for m in data if m.startswith("image/")]:
                del data[mime]
            if "text/html" in data:
                html = data["text/html"]
                data["text/html"] = _strip_html("".join(html) if isinstance(html, list) else html)
    return json.dumps(nb, ensure_ascii=False)


def report_texts(folder: Path) -> dict[str, str]:
    """Every report in ``folder`` (HTML and executed notebooks) as scannable text."""
    texts = {}
    for path in sorted(folder.glob("*.html")):
        texts[path.name] = _strip_html(path.read_text(encoding="utf-8"))
    for path in sorted(folder.glob("*.ipynb")):
        texts[path.name] = _strip_notebook(path.read_text(encoding="utf-8"))
    return texts


@pytest.mark.slow
@pytest.mark.parametrize("run", ["plain", "anonymized"])
def test_every_report_is_there(rendered, run):
    names = set(report_texts(rendered[run]))
    assert {
        "network_report.html",
        "network_report.ipynb",
        "outreach_report.html",
        "outreach_report.ipynb",
    } <= names


@pytest.mark.slow
@pytest.mark.parametrize("run", ["plain", "anonymized"])
def test_no_email_or_phone_in_any_report(rendered, run):
    leaks = {}
    for name, text in report_texts(rendered[run]).items():
        found = EMAIL.findall(text) + phones_in(text)
        if found:
            leaks[name] = sorted(set(found))
    assert not leaks, f"personal contact details in the {run} reports: {leaks}"


def _name_tokens() -> set[str]:
    """First and last names of the owner, every connection, message party and invitation
    party, and every person of the Gem log: the words --anonymize must remove."""
    ex = nk.load_export(EXPORT)
    names = [ex.owner.name or ""]
    names += ex.connections["first_name"].dropna().tolist()
    names += ex.connections["last_name"].dropna().tolist()
    names += ex.messages["sender_name"].dropna().tolist()
    names += [n for group in ex.messages["recipient_names"].dropna() for n in group]
    names += ex.invitations["sender_name"].dropna().tolist()
    names += ex.invitations["recipient_name"].dropna().tolist()
    gem = pd.read_csv(GEM_EVENTS, dtype=str)
    names += gem["user_name"].tolist()
    names += gem["candidate_first_name"].tolist() + gem["candidate_last_name"].tolist()
    tokens = set()
    for name in names:
        # words of a name; markup and formula fragments of the payload names are not names
        tokens.update(re.findall(r"(?<![<\w/=\"])[^\W\d_][^\W\d_'-]+(?:-[^\W\d_]+)?", name))
    tokens -= {"LinkedIn", "Member", "script", "window", "alert", "img", "src", "onerror"}
    tokens -= {"HYPERLINK", "https", "evil", "example", "org", "Fenna"}
    return {t for t in tokens if len(t) >= 3}


def test_name_list_is_the_hand_counted_one():
    tokens = _name_tokens()
    for expected in ["Marisol", "Threlkeld", "Zoltan", "Quibell", "Abernathy-Voss", "Jareth"]:
        assert expected in tokens
    for expected in ["Hollowell", "Prewitt", "Rasmark", "Corwin", "Delacourt", "Mireille"]:
        assert expected in tokens
    for expected in ["Tabitha", "Crowhurst", "Evander", "Pryce-Hollis"]:
        assert expected in tokens
    assert "script" not in tokens


@pytest.mark.slow
def test_names_do_show_without_anonymize(rendered):
    """The scan can fail: in the plain run, some of these names are in the reports."""
    texts = " ".join(report_texts(rendered["plain"]).values())
    shown = {t for t in _name_tokens() if re.search(rf"\b{re.escape(t)}\b", texts)}
    assert len(shown) >= 3, shown


@pytest.mark.slow
def test_anonymized_reports_hold_no_real_name(rendered):
    leaks = {}
    for name, text in report_texts(rendered["anonymized"]).items():
        found = sorted(t for t in _name_tokens() if re.search(rf"\b{re.escape(t)}\b", text))
        if found:
            leaks[name] = found
    assert not leaks, f"real names survive --anonymize: {leaks}"


@pytest.mark.slow
def test_anonymize_key_is_private(rendered):
    keys = [p for p in rendered["anonymized"].rglob("*") if "key" in p.name.lower()]
    assert keys, "no anonymisation key beside the reports"
    for key in keys:
        mode = stat.S_IMODE(key.stat().st_mode)
        assert mode & 0o077 == 0, f"{key.name} is readable by others ({oct(mode)})"


def test_inputs_do_hold_what_must_not_leak():
    """The hostile inputs really carry e-mails and phones (so a clean scan means something)."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(EXPORT.iterdir()))
    text += PAYLOAD_EVENTS.read_text(encoding="utf-8") + GEM_EVENTS.read_text(encoding="utf-8")
    assert len(set(EMAIL.findall(text))) >= 10
    assert len(set(phones_in(text))) >= 5


@pytest.mark.slow
def test_report_runs_leave_inputs_and_working_folder_untouched(render_checks):
    assert render_checks["inputs_unchanged"], "a report run modified its input"
    assert render_checks["cwd_after"] == [], render_checks["cwd_after"]
    assert render_checks["odd_folder_after"] == ["Complete_LinkedInDataExport_03-18-2026"]


def test_key_is_private_from_its_first_byte_and_first_writer_wins(tmp_path, monkeypatch):
    from networkkit.prepare import _privacy

    path = tmp_path / "anonymize.key"
    rival = b"r" * 32
    real_token = _privacy.secrets.token_bytes
    modes = []

    def racing_token(n):
        path.write_bytes(rival)  # another run creates the key meanwhile
        return real_token(n)

    real_open = os.open

    def recording_open(file, flags, mode=0o777, *args, **kwargs):
        modes.append(mode)
        return real_open(file, flags, mode, *args, **kwargs)

    monkeypatch.setattr(_privacy.secrets, "token_bytes", racing_token)
    monkeypatch.setattr(_privacy.os, "open", recording_open)
    assert _privacy.load_key(path) == rival  # both runs use the key that landed
    assert path.read_bytes() == rival
    assert modes == [0o600]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anonymize.key"]


@pytest.mark.parametrize("storage", ["object", "python", "pyarrow"])
def test_scrubbing_is_the_same_in_every_string_storage(storage):
    # Arrow-backed text is scrubbed where it lies (no round trip through Python strings);
    # the result must be the one Python's patterns give on objects, missing values kept
    from networkkit.prepare._privacy import _map_lists, _opaque_emails, scrub_events, scrub_text

    cells = [
        "write to ana@example.com today",
        None,
        "call +31 6 1234 5678 or 0044 20 7946 0958",
        "nothing private, 2026-11-22",
        "",
        "ana@example.com",
    ]
    want = [
        "write to [email] today",
        None,
        "call [phone] or [phone]",
        "nothing private, 2026-11-22",
        "",
        "[email]",
    ]
    dtype = {"object": object, "python": "string", "pyarrow": "string[pyarrow]"}[storage]
    got = scrub_text(pd.Series(cells, dtype=dtype).iloc[1:])  # sliced: index 1..5
    assert got.dtype == pd.Series(cells, dtype=dtype).dtype
    assert [None if pd.isna(v) else v for v in got] == want[1:]
    assert list(got.index) == [1, 2, 3, 4, 5]

    lists = pd.Series(
        [["ana@example.com", "Ola"], None, [], ["+31 6 1234 5678"]],
        dtype=pd.ArrowDtype(pa.list_(pa.string())),
    ).iloc[1:]
    scrubbed = _map_lists(lists, scrub_text)
    assert [None if v is None or v is pd.NA else list(v) for v in scrubbed] == [
        None,
        [],
        ["[phone]"],
    ]

    ids = pd.Series(["ana@example.com/c1", "c2", None, "ANA@example.com/c1"], dtype=dtype)
    tokens = _opaque_emails(ids)
    assert tokens[0] == tokens[3] and tokens[0].startswith("contact-") and tokens[1] == "c2"
    assert pd.isna(tokens[2])
    events = pd.DataFrame({"thread_id": ids, "template": pd.Series(cells[:4], dtype=dtype)})
    out = scrub_events(events)
    assert "@" not in " ".join(out["thread_id"].dropna()) + " ".join(out["template"].dropna())
