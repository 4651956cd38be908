"""Every output scanned for the names and contact details planted in a fictional export and log.

A small export (owner Renée Ng; connections Wei Li, José Núñez, Tabitha Abernathy-Voss,
Siobhan O’Brien, Marisol Threlkeld) and an outreach log named after its recruiter, in a
folder named after the owner, carry the shapes that leaked before: phone numbers with
no-break spaces, en-dashes and full-width digits, obfuscated and internationalised
addresses, names without their accents, with a straight apostrophe, a two-letter surname, a
part of a hyphenated name, names inside template and campaign labels and conversation
titles, and an annotation file whose path holds the owner's name and whose ``context``
holds an address and a number.

``networkkit report all`` runs on them in plain and ``--anonymize`` modes; a third run uses a
notebook that warns with raw values and fails, so a ``.failed.ipynb`` is kept. The scan reads
every HTML report, every kept notebook (failed ones too) and the command's stderr:

- in every mode, no planted e-mail address or phone number, in any spelling;
- under ``--anonymize``, no planted name (accent-, case- and apostrophe-folded) and no input
  path or file name;
- in plain mode the names do show (so the scan can fail).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import child_env, cli

from networkkit.prepare._names import fold

OWNER = ("Renée", "Ng")
CONTACTS = [
    ("Wei", "Li", "https://www.linkedin.com/in/wei-li-0a"),
    ("José", "Núñez", "https://www.linkedin.com/in/jose-nunez-0b"),
    ("Tabitha", "Abernathy-Voss", "https://www.linkedin.com/in/tabitha-av-0c"),
    ("Siobhan", "O’Brien", "https://www.linkedin.com/in/siobhan-obrien-0d"),
    ("Marisol", "Threlkeld", "https://www.linkedin.com/in/marisol-t-0e"),
]
OWNER_URL = "https://www.linkedin.com/in/renee-ng-00"

PHONES = [
    "+44\u00a020\u00a07946\u00a00958",
    "020\u20137946\u20130959",
    "０６ １２ ３４ ５６ ７８",
    "+33 6 12 34 56 79",
    "(555) 010-0199",
    "+81 90-1234-5678",
    "612 34 56 77",
]
EMAILS = [
    "renee [at] example [dot] com",
    "wei.li＠example．org",
    "josé@exämple.example",
    "tabitha(at)example(dot)net",
    "siobhan.obrien@example.com",
]

#: Words that must not survive --anonymize, matched folded and as whole words.
NAME_WORDS = [
    "Renée",
    "Wei",
    "José",
    "Núñez",
    "Tabitha",
    "Abernathy",
    "Voss",
    "Siobhan",
    "O’Brien",
    "Marisol",
    "Threlkeld",
]
#: Two-letter surnames: matched with their case (``li`` is an HTML tag, ``ng`` a syllable).
SHORT_NAMES = ["Li", "Ng"]


def _csv(rows: list[list[str]]) -> str:
    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if re.search(r'[",\n]', v) else v

    return "\n".join(",".join(cell(v) for v in row) for row in rows) + "\n"


def write_planted(root: Path) -> dict[str, Path]:
    """Write the export, the log and the annotation file; return their paths."""
    owner_dir = root / "Renée Ng’s files"
    export = owner_dir / "Renée Ng export"
    export.mkdir(parents=True)
    owner = " ".join(OWNER)
    notes = (
        "Notes:\n"
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."\n\n'
    )
    rows = [
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    ]
    for i, (first, last, url) in enumerate(CONTACTS):
        rows.append(
            [
                first,
                last,
                url,
                EMAILS[i % len(EMAILS)],
                "Acme Data",
                "Engineer",
                f"0{i + 1} Feb 2026",
            ]
        )
    (export / "Connections.csv").write_text(notes + _csv(rows), encoding="utf-8")
    (export / "Profile.csv").write_text(
        _csv(
            [
                ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                 "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles",
                 "Websites", "Instant Messengers"],
                [OWNER[0], OWNER[1], "", "1 Example Road", "Jan 1", "Recruiter",
                 f"Mail {EMAILS[0]} or call {PHONES[0]}", "Staffing", "", "Lyon", "", "", ""],
            ]
        ),
        encoding="utf-8",
    )  # fmt: skip
    head = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
            "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]  # fmt: skip
    bodies = [
        f"Hi Jose Nunez, call me on {PHONES[1]} or mail {EMAILS[0]}",
        f"Thanks Voss! My number is {PHONES[2]}",
        f"Dr. Li will call you; mail {EMAILS[1]}",
        f"Siobhan O'Brien said {PHONES[3]} works; {EMAILS[2]}",
        f"Marisol, ping {EMAILS[3]} / {PHONES[4]}",
    ]
    rows = [head]
    for i, (first, last, url) in enumerate(CONTACTS):
        conv = f"2-conv{i:02d}=="
        title = f"Intro: {first} {last} & {owner}"
        rows.append([conv, title, owner, OWNER_URL, f"{first} {last}", url,
                     f"2026-02-0{i + 2} 09:00:00 UTC", "", bodies[i], "INBOX"])  # fmt: skip
        rows.append([conv, title, f"{first} {last}", url, owner, OWNER_URL,
                     f"2026-02-0{i + 2} 15:00:00 UTC", "",
                     f"Great to meet you at the meetup, {OWNER[0]}! {PHONES[(i + 5) % 7]}",
                     "INBOX"])  # fmt: skip
    (export / "messages.csv").write_text(_csv(rows), encoding="utf-8")
    rows = [["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
             "inviteeProfileUrl"]]  # fmt: skip
    for i, (first, last, url) in enumerate(CONTACTS):
        rows.append([owner, f"{first} {last}", f"1/{i + 3}/26, 9:15 AM",
                     f"Hi {first}, met you at the Lyon meetup ({EMAILS[4]}, {PHONES[6]})",
                     "OUTGOING", OWNER_URL, url])  # fmt: skip
    (export / "Invitations.csv").write_text(_csv(rows), encoding="utf-8")

    log_dir = owner_dir / "outreach"
    log_dir.mkdir()
    log = log_dir / "Tabitha Abernathy-Voss gem log.csv"
    rows = [["thread_id", "event", "at", "step", "recipient_key", "sender", "campaign",
             "template", "channel", "positive", "machine"]]  # fmt: skip
    for i, (_first, _last, url) in enumerate(CONTACTS * 4):
        thread = f"t{i:02d}"
        campaign = f"Q1 [Tabitha Abernathy-Voss] {EMAILS[i % 5]}"
        template = ["intro for Siobhan O’Brien", "follow-up Jose Nunez", f"call {PHONES[0]}"][
            i % 3
        ]
        rows.append([thread, "sent", f"2026-01-{(i % 27) + 1:02d}T09:00:00Z", "1",
                     url.rsplit("/", 1)[-1], "Tabitha Abernathy-Voss", campaign, template,
                     "email", "", ""])  # fmt: skip
        if i % 2:
            rows.append([thread, "replied", f"2026-01-{(i % 27) + 2:02d}T10:00:00Z", "",
                         url.rsplit("/", 1)[-1], "Tabitha Abernathy-Voss", campaign,
                         template, "email", "true", ""])  # fmt: skip
    log.write_text(_csv(rows), encoding="utf-8")

    annotations = owner_dir / "Renée Ng annotations.csv"
    annotations.write_text(
        _csv(
            [
                ["profile_url", "met_in_person", "context"],
                [CONTACTS[0][2], "yes", f"NDC Oslo with José Núñez; {EMAILS[4]}, {PHONES[0]}"],
                [CONTACTS[4][2], "no", f"only by mail: {EMAILS[3]}"],
            ]
        ),
        encoding="utf-8",
    )
    return {"export": export, "log": log, "annotations": annotations, "owner_dir": owner_dir}


_FAILING = """# %% tags=["parameters", "remove_cell"]
export_path: str = ""
start_date: str = ""
end_date: str = ""
as_of: str = ""
anonymize: bool = False
top_n: int = 15
history_path: str = ""
annotations_path: str = ""

# %%
import sys
import warnings

import networkkit as nk

ex = nk.load_export(export_path)  # as loaded: nothing scrubbed yet
first = ex.connections["full_name"].iloc[1]
summary = ex.profile["summary"].iloc[0]
warnings.warn(f"could not convert {first!r} in {export_path}; {summary!r}")
print(f"reading {annotations_path}: {summary}", file=sys.stderr)
raise RuntimeError(f"cannot use {export_path}: {first!r} ({annotations_path}, {summary!r})")
"""


def _texts(folder: Path) -> dict[str, str]:
    out = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"data:[a-z]+/[\w.+-]+;base64,[A-Za-z0-9+/=\s]+", "data:", text)
            text = re.sub(r"<style\b.*?</style>", "", text, flags=re.S | re.I)
            out[path.name] = html.unescape(text)
        elif path.suffix == ".ipynb":
            nb = json.loads(path.read_text(encoding="utf-8"))
            for cell in nb.get("cells", []):
                for output in cell.get("outputs", []):
                    for mime in [m for m in output.get("data", {}) if m.startswith("image/")]:
                        del output["data"][mime]
            out[path.name] = html.unescape(json.dumps(nb, ensure_ascii=False))
    return out


def _visible(text: str) -> str:
    """Text with tags and JSON escapes out, NFKC-normalised (what a reader would see)."""
    text = re.sub(r"<[^<>]{0,2000}>", " ", text)
    text = text.replace("\\n", " ").replace('\\"', '"')
    return unicodedata.normalize("NFKC", text)


def contact_leaks(text: str) -> list[str]:
    seen = _visible(text)
    found = []
    for phone in PHONES:
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", phone))
        if re.search(r"[^\d]{0,4}".join(digits), seen):
            found.append(phone)
    for email in EMAILS:
        norm = unicodedata.normalize("NFKC", email)
        local = re.split(r"\s*[@(\[]", norm)[0]
        if norm in seen or re.search(re.escape(local) + r"\s*(?:@|\[at\]|\(at\))", seen):
            found.append(email)
    return found


def name_leaks(text: str, paths: dict[str, Path]) -> list[str]:
    seen = _visible(text)
    folded = fold(seen)
    found = [w for w in NAME_WORDS if re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", folded)]
    found += [w for w in SHORT_NAMES if re.search(rf"(?<![\w<>/]){w}(?!\w)", seen)]
    for key in ("log", "annotations", "export"):
        if paths[key].name in seen or paths[key].stem in seen:
            found.append(str(paths[key].name))
    if paths["owner_dir"].name in seen:
        found.append(paths["owner_dir"].name)
    return found


def _run(tmp: Path, paths: dict[str, Path], mode: str, kind: str = "all", **env: str):
    out = tmp / f"reports-{mode}"
    args = ["report", kind, "--export", str(paths["export"]), "--outreach", str(paths["log"])]
    args += ["--out", str(out), "-q", "--parameter", "annotations_path", str(paths["annotations"])]
    if mode != "plain":
        args.append("--anonymize")
    proc = subprocess.run(
        cli(*args), capture_output=True, text=True, env=child_env(**env), timeout=600, check=False
    )
    return out, proc


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("planted")
    paths = write_planted(tmp)
    runs = {mode: _run(tmp, paths, mode) for mode in ("plain", "anonymized")}
    custom = tmp / "failing_notebooks"
    custom.mkdir()
    (custom / "network_report.py").write_text(_FAILING, encoding="utf-8")
    # a custom notebooks folder must hold the notebook of every report asked for: the network
    # report alone here
    runs["failed"] = _run(tmp, paths, "failed", "network", NETWORKKIT_NOTEBOOKS=str(custom))
    return paths, runs


@pytest.mark.slow
def test_every_run_wrote_what_it_should(planted):
    _paths, runs = planted
    for mode in ("plain", "anonymized"):
        out, proc = runs[mode]
        assert proc.returncode == 0, proc.stderr[-2000:]
        names = {p.name for p in out.iterdir()}
        assert {"network_report.html", "outreach_report.html", "network_report.ipynb"} <= names
    out, proc = runs["failed"]
    assert proc.returncode == 1
    assert (out / "network_report.failed.ipynb").exists()
    assert "the network report failed" in proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["plain", "anonymized", "failed"])
def test_no_planted_contact_detail_in_any_output(planted, mode):
    _paths, runs = planted
    out, proc = runs[mode]
    texts = {**_texts(out), "stderr": proc.stderr}
    leaks = {name: contact_leaks(text) for name, text in texts.items()}
    assert not any(leaks.values()), leaks


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["anonymized", "failed"])
def test_no_planted_name_or_path_survives_anonymize(planted, mode):
    paths, runs = planted
    out, proc = runs[mode]
    texts = {**_texts(out), "stderr": proc.stderr}
    leaks = {name: name_leaks(text, paths) for name, text in texts.items()}
    assert not any(leaks.values()), leaks


@pytest.mark.slow
def test_names_and_paths_do_show_in_plain_mode(planted):
    paths, runs = planted
    out, _proc = runs["plain"]
    text = " ".join(_texts(out).values())
    assert len(name_leaks(text, paths)) >= 5


@pytest.mark.slow
def test_annotations_still_apply_under_anonymize(planted):
    _paths, runs = planted
    for mode in ("plain", "anonymized"):
        html_text = (runs[mode][0] / "network_report.html").read_text(encoding="utf-8")
        assert "NDC Oslo" in html_text, mode  # the annotation's context, shown as evidence
