"""networkkit.sample: synthetic exports of every era and outreach event logs."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import networkkit as nk
from networkkit import sample

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ("2018", "2020", "2021", "2023", "2026")
SMALL = {"connections": 120, "messages": 900, "invitations": 60}

# headers copied from /work/shared/FORMATS.md, one era at a time
CONNECTIONS_6 = "First Name,Last Name,Email Address,Company,Position,Connected On"
CONNECTIONS_7 = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
MESSAGES_2018 = "From,To,Date,Subject,Content,Direction,Folder"
MESSAGES_9 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER"
)
MESSAGES_10 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER"
)
INVITATIONS_5 = "From,To,Sent At,Message,Direction"
INVITATIONS_7 = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers"
)
POSITIONS = "Company Name,Title,Description,Location,Started On,Finished On"
EDUCATION = "School Name,Start Date,End Date,Notes,Degree Name,Activities"
ENDORSED_5 = (
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status"
)
ENDORSED_6 = (
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,"
    "Endorsement Status"
)
ENDORSE_GIVEN = (
    "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,"
    "Endorsement Status"
)
RECOMMENDATIONS = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status"

EXPECTED_HEADERS = {
    "2018": {"Connections.csv": CONNECTIONS_6, "Messages.csv": MESSAGES_2018,
             "Invitations.csv": INVITATIONS_5, "Positions.csv": POSITIONS,
             "Education.csv": EDUCATION, "Skills.csv": "Name",
             "Recommendations_Received.csv": RECOMMENDATIONS},
    "2020": {"Connections.csv": CONNECTIONS_6, "messages.csv": MESSAGES_9,
             "Invitations.csv": INVITATIONS_5, "Profile.csv": PROFILE,
             "Endorsement_Received_Info.csv": ENDORSED_5,
             "Endorsement_Given_Info.csv": ENDORSE_GIVEN},
    "2021": {"Connections.csv": CONNECTIONS_6, "messages.csv": MESSAGES_9,
             "Invitations.csv": INVITATIONS_5, "Profile.csv": PROFILE,
             "Endorsement_Received_Info.csv": ENDORSED_5},
    "2023": {"Connections.csv": CONNECTIONS_7, "messages.csv": MESSAGES_10,
             "Invitations.csv": INVITATIONS_7, "Profile.csv": PROFILE,
             "Endorsement_Received_Info.csv": ENDORSED_6,
             "Endorsement_Given_Info.csv": ENDORSE_GIVEN,
             "Recommendations_Given.csv": RECOMMENDATIONS, "coach_messages.csv": MESSAGES_10,
             "guide_messages.csv": MESSAGES_10},
    "2026": {"Connections.csv": CONNECTIONS_7,
             "messages.csv": MESSAGES_10 + ",IS MESSAGE DRAFT,IS CONVERSATION DRAFT,ATTACHMENTS",
             "Invitations.csv": INVITATIONS_7, "Profile.csv": PROFILE, "Positions.csv": POSITIONS,
             "Endorsement_Received_Info.csv": ENDORSED_6, "coach_messages.csv": MESSAGES_10,
             "learning_role_play_messages.csv": MESSAGES_10},
}  # fmt: skip


def _text(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le")
    return raw.decode("utf-8")


def _rows(path: Path) -> tuple[list[str] | None, list[list[str]]]:
    """Header and data rows of a LinkedIn CSV, read with the csv module."""
    text = _text(path)
    if text == "" or text == "No conversations found":
        return None, []
    if text.startswith("Notes:"):
        text = text.split("\n\n", 1)[1]
    delimiter = "\t" if path.read_bytes().startswith(b"\xff\xfe") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows[0], rows[1:]


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> dict[str, tuple[Path, dict]]:
    out = {}
    for layout in LAYOUTS:
        folder = tmp_path_factory.mktemp(f"export{layout}")
        out[layout] = folder, sample.write_export(folder, layout=layout, seed=3, **SMALL)
    return out


@pytest.fixture(scope="module")
def default(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("default")
    return folder, sample.write_export(folder)


# -- export: shape of the files --------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_headers_match_formats(exports, layout):
    folder, _ = exports[layout]
    for name, header in EXPECTED_HEADERS[layout].items():
        got, _ = _rows(folder / name)
        assert ",".join(got) == header, name


@pytest.mark.parametrize("layout", LAYOUTS)
def test_manifest_counts_equal_file_rows(exports, layout):
    folder, manifest = exports[layout]
    written = {p.name for p in folder.iterdir()}
    assert written == set(manifest["files"])
    for name, count in manifest["files"].items():
        assert len(_rows(folder / name)[1]) == count, name
    messages = "Messages.csv" if layout == "2018" else "messages.csv"
    assert manifest["files"][messages] == manifest["messages"] == SMALL["messages"]
    assert manifest["files"]["Connections.csv"] == manifest["connections"] == 120
    assert manifest["invitations_in"] + manifest["invitations_out"] == 60
    _, conn = _rows(folder / "Connections.csv")
    hidden = [r for r in conn if not any(r[:-1])]
    assert len(hidden) == manifest["hidden"] >= 1
    _, inv = _rows(folder / "Invitations.csv")
    assert sum(r[4] == "OUTGOING" for r in inv) == manifest["invitations_out"]
    assert (
        sum(r[4] == "OUTGOING" and r[3] != "" for r in inv)
        == (manifest["invitations_out_with_note"])
    )
    assert (
        sum(r[4] == "INCOMING" and r[3] != "" for r in inv)
        == (manifest["invitations_in_with_note"])
    )


def test_era_details(exports):
    f18, f20, f21, f23, f26 = (exports[lay][0] for lay in LAYOUTS)
    # preamble from mid-2021 on; Connections.csv never ends with a newline
    for folder, preamble in ((f18, False), (f20, False), (f21, True), (f23, True), (f26, True)):
        text = (folder / "Connections.csv").read_text(encoding="utf-8")
        assert text.startswith("Notes:\n") is preamble
        assert not text.endswith("\n")
    # date formats of each era
    _, conn18 = _rows(f18 / "Connections.csv")
    assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/[01]\d, \d{1,2}:\d\d [AP]M", r[-1]) for r in conn18)
    _, conn23 = _rows(f23 / "Connections.csv")
    assert all(re.fullmatch(r"\d\d [A-Z][a-z]{2} 20\d\d", r[-1]) for r in conn23)
    _, inv = _rows(f26 / "Invitations.csv")
    assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d [AP]M", r[2]) for r in inv)
    _, msgs = _rows(f23 / "messages.csv")
    assert all(re.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d UTC", r[6]) for r in msgs)
    _, recs = _rows(f23 / "Recommendations_Received.csv")
    assert all(re.fullmatch(r"\d\d/\d\d/\d\d, \d\d:\d\d [AP]M", r[5]) for r in recs)
    # UTF-16LE, tab-delimited, every field quoted
    for path in (f18 / "Endorsement Received Info.csv", f21 / "Shares.csv", f21 / "Logins.csv"):
        raw = path.read_bytes()
        assert raw.startswith(b"\xff\xfe")
        assert raw[2:].decode("utf-16-le").startswith('"')
    assert (f18 / "Recommendations_Given.csv").read_bytes() == b""
    assert (f21 / "LearningCoachMessages.csv").read_text() == "No conversations found"
    assert (f21 / "Reactions.csv").read_bytes().count(b"\r\n") == 26
    assert (f26 / "Shares_997361.csv").exists() and not (f26 / "Shares.csv").exists()
    # 2026 quotes every field and the header; empty fields are ""; CONTENT keeps newlines
    raw26 = (f26 / "messages.csv").read_text(encoding="utf-8")
    assert raw26.startswith('"CONVERSATION ID","CONVERSATION TITLE","FROM"')
    assert ',"",' in raw26 and ",," not in raw26
    _, m26 = _rows(f26 / "messages.csv")
    assert any("\n" in r[8] for r in m26)
    assert not any("\n" in r[7] for r in _rows(f23 / "messages.csv")[1])
    # mojibake in the 2020 layout only
    assert "Ã" in (f20 / "Connections.csv").read_text(encoding="utf-8")
    assert "Ã" not in (f23 / "Connections.csv").read_text(encoding="utf-8")


def test_content_exercises_every_measure(default):
    folder, manifest = default
    _, msgs = _rows(folder / "messages.csv")
    _, inv = _rows(folder / "Invitations.csv")
    _, conn = _rows(folder / "Connections.csv")
    content = [r[8] for r in msgs]
    notes = [r[3] for r in inv]
    joined = "\n".join(content).lower()
    notes_joined = "\n".join(notes).lower()
    met = ["great meeting you at", "hyggelig å møte deg", "leuk je ontmoet te hebben",
           "piacere di averti conosciuto", "お会いできて", "kennengelernt zu haben",
           "ravi de vous avoir rencontré", "un placer conocerte en"]  # fmt: skip
    for phrase in met:
        assert phrase in joined, phrase
        assert phrase in notes_joined, phrase
    for negative in ("nice to meet you", "hope to meet you"):
        assert negative in joined
    assert "%FIRSTNAME%" in "".join(content)
    sponsored = [r for r in msgs if r[1] == "Sponsored Conversation"]
    assert sponsored and all(r[2] == "LinkedIn Member" and r[3] == "" for r in sponsored)
    assert any("<p" in r[8] and "&nbsp;" in r[8] for r in sponsored)
    assert len(sponsored) == manifest["sponsored"]
    inmail = [r for r in msgs if r[7]]
    assert inmail and all(r[1] == r[7] for r in inmail)
    assert len(inmail) == manifest["inmail"]
    groups = [r for r in msgs if "Walid T., FICS (UK)" in r[4]]
    assert groups and all("Sam Member" in r[4].split(",") or r[2] == "Sam Member" for r in groups)
    assert any(", " not in r[4].replace("T., FICS", "") and "," in r[4] for r in groups)
    assert any("\u00a0" in c for c in content)
    empty = [r for r in msgs if r[8] == "" and r[12]]
    assert len(empty) == manifest["attachments_only"] > 0
    assert sum(r[10] == "Yes" for r in msgs) == manifest["drafts"] > 0
    assert any(r[0] == "" and r[11] == "Yes" for r in msgs)
    assert any(r[2] == "LinkedIn Member" or r[4] == "LinkedIn Member" for r in msgs)
    # the owner's name, company and skills appear in personalised recruiter mail
    assert any("Sam" in c and "Nordlys Analytics AS" in c for c in content)
    # people: multilingual, percent-encoded and unicode slugs, legal suffixes, Plan A
    urls = [r[2] for r in conn]
    assert any("%C3%" in u for u in urls)
    assert any(re.search(r"/in/[^/]*[^\x00-\x7f]", u) for u in urls)
    companies = {r[4] for r in conn}
    assert "Plan A" in companies
    for suffix in ("Inc.", "Ltd", "GmbH", " AS", "S.p.A.", "B.V.", "株式会社"):
        assert any(suffix in c for c in companies), suffix
    positions = {r[5] for r in conn}
    assert {"Technical Recruiter", "Talent Acquisition Partner"} & positions
    # outgoing invitations to people who are not connections (yet)
    connected = {u for u in urls if u}
    pending = [r for r in inv if r[4] == "OUTGOING" and r[6] not in connected]
    assert len(pending) == manifest["invitations_out_pending"] > 0
    # fictional contact details only
    everything = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.csv"))
    for email in re.findall(r"[\w.+-]+@[\w.-]+", everything):
        assert email.endswith(("@example.com", "@example.org")), email
    assert "+1 555 01" in (folder / "PhoneNumbers.csv").read_text()


def test_follow_ups_and_quiet_contacts(default):
    folder, _ = default
    msgs = pd.read_csv(folder / "messages.csv", keep_default_na=False)
    msgs = msgs[msgs["CONVERSATION ID"] != ""]
    msgs["at"] = pd.to_datetime(msgs["DATE"].str.removesuffix(" UTC"))
    owner = "Sam Member"
    broke = 0
    unanswered = 0
    for _, conv in msgs.sort_values("at").groupby("CONVERSATION ID"):
        if conv["FROM"].iloc[0] != owner or conv["CONVERSATION TITLE"].iloc[0]:
            continue
        first_other = (conv["FROM"] != owner).to_numpy()
        lead = conv if not first_other.any() else conv.iloc[: int(np.argmax(first_other))]
        early = lead["at"] <= lead["at"].iloc[0] + pd.Timedelta(days=14)
        broke += int(early.sum() - 1 > 3)
        unanswered += int(not first_other.any())
    assert broke > 0 and unanswered > 0


def test_exact_sizes_and_edges(tmp_path):
    m = sample.write_export(tmp_path / "a", connections=7, messages=13, invitations=5, seed=9)
    assert (m["connections"], m["messages"], m["invitations"]) == (7, 13, 5)
    assert len(_rows(tmp_path / "a" / "messages.csv")[1]) == 13
    m = sample.write_export(tmp_path / "b", connections=0, messages=0, invitations=0)
    assert m["files"]["Connections.csv"] == 0 and m["files"]["messages.csv"] == 0
    assert _rows(tmp_path / "b" / "messages.csv")[0] is not None
    with pytest.raises(ValueError, match="layout"):
        sample.write_export(tmp_path / "c", layout="2019")


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_deterministic_bytes(tmp_path):
    for run in ("x", "y"):
        sample.write_export(tmp_path / run, seed=5, **SMALL)
        sample.write_export(tmp_path / f"z{run}", seed=5, archive=True, layout="2023", **SMALL)
    assert _digest(tmp_path / "x") == _digest(tmp_path / "y")
    assert _digest(tmp_path / "zx") == _digest(tmp_path / "zy")
    sample.write_export(tmp_path / "other", seed=6, **SMALL)
    assert _digest(tmp_path / "other")["messages.csv"] != _digest(tmp_path / "x")["messages.csv"]


def test_archive_is_a_complete_export_zip(tmp_path):
    m = sample.write_export(tmp_path, archive=True, layout="2023", **SMALL)
    path = Path(m["path"])
    assert path.name == "Complete_LinkedInDataExport_11-20-2023.zip"
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert set(names) == set(m["files"])
        assert not any(n.endswith("/") for n in names)
        assert len(_rows_from(zf.read("messages.csv"))) == m["messages"]


def _rows_from(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))[1:]


def test_committed_sample_matches_generator(default):
    folder, _ = default
    committed = ROOT / "data" / "sample"
    assert _digest(committed) == _digest(folder)
    total = sum(p.stat().st_size for p in committed.iterdir())
    assert total < 2_000_000


# -- round trip through the loader ----------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_round_trip_through_load_export(exports, layout):
    folder, m = exports[layout]
    ex = nk.load_export(folder)
    assert len(ex.connections) == m["connections"]
    nameless = ex.connections[["first_name", "last_name"]].isna().all(axis=1)
    assert int(nameless.sum()) == m["hidden"]
    assert len(ex.messages) == m["messages"]
    assert len(ex.coach_messages) == m["coach_messages"]
    assert int((ex.invitations["direction"] == "incoming").sum()) == m["invitations_in"]
    assert int((ex.invitations["direction"] == "outgoing").sum()) == m["invitations_out"]
    assert ex.owner.name == m["owner_name"]
    if layout != "2018":  # 2018 files carry no profile URLs
        assert ex.owner.member_key == m["owner_url"].rsplit("/", 1)[1]
    assert int((ex.messages["is_draft"] == True).sum()) == m["drafts"]  # noqa: E712


def test_round_trip_from_zip(tmp_path):
    m = sample.write_export(tmp_path, archive=True, **SMALL)
    ex = nk.load_export(m["path"])
    assert (len(ex.connections), len(ex.messages), len(ex.invitations)) == (
        m["connections"],
        m["messages"],
        m["invitations"],
    )


# -- outreach event log ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_log() -> pd.DataFrame:
    return sample.events(threads=100_000, seed=11)


def test_event_log_schema_and_steps():
    log = sample.events(threads=3000, seed=2)
    assert list(log.columns) == [
        "thread_id", "event", "at", "step", "recipient_key", "sender", "campaign", "template",
        "channel", "positive", "machine",
    ]  # fmt: skip
    assert str(log["at"].dtype) == "datetime64[us, UTC]"
    assert set(log["event"].unique()) == {"sent", "bounced", "opened", "clicked", "replied"}
    assert log["at"].max() <= pd.Timestamp("2026-11-20 09:00", tz="UTC")
    sent = log[log["event"] == "sent"]
    assert sent["step"].notna().all() and log.loc[log["event"] != "sent", "step"].isna().all()
    # every thread has exactly one first touch and contiguous steps 1..k
    steps = sent.groupby("thread_id")["step"].agg(["min", "max", "count"])
    assert len(steps) == log["thread_id"].nunique() == 3000
    assert (steps["min"] == 1).all() and (steps["max"] == steps["count"]).all()
    assert steps["max"].max() == 5 and (steps["max"] >= 2).mean() > 0.5
    assert log.loc[log["event"] != "replied", "positive"].isna().all()
    assert log.loc[log["event"] == "replied", "positive"].notna().any()
    assert log.loc[log["event"] != "opened", "machine"].isna().all()
    # bounces: email only, nothing after them
    bounced = set(log.loc[log["event"] == "bounced", "thread_id"])
    assert bounced
    assert set(log.loc[log["thread_id"].isin(bounced), "channel"]) == {"email"}
    assert set(log.loc[log["thread_id"].isin(bounced), "event"]) == {"sent", "bounced"}
    assert not ((log["channel"] == "linkedin") & log["event"].isin(["opened", "clicked"])).any()
    # machine opens come seconds after a touch
    first = sent[sent["step"] == 1].set_index("thread_id")["at"]
    machine = log[(log["event"] == "opened") & (log["machine"] == True)]  # noqa: E712
    lag = (machine["at"] - machine["thread_id"].map(first)).dt.total_seconds()
    assert (lag >= 1).all() and (lag.groupby(machine["thread_id"]).min() < 30).all()
    # some threads broke "at most 3 follow-ups in 14 days", some are too young to judge
    touches = sent.assign(t0=sent["thread_id"].map(first))
    early = touches[touches["at"] <= touches["t0"] + pd.Timedelta(days=14)]
    assert (early.groupby("thread_id").size() - 1 > 3).any()
    young = first[first > pd.Timestamp("2026-11-06", tz="UTC")]
    assert len(young) > 50


def test_event_log_recovers_true_reply_rates(big_log):
    log = big_log
    first = log[(log["event"] == "sent") & (log["step"] == 1)].set_index("thread_id")
    old = first.index[first["at"] < pd.Timestamp("2026-10-10", tz="UTC")]  # > 40 days
    log = log[log["thread_id"].isin(old)]
    flags = log.assign(
        bounced=log["event"] == "bounced",
        replied=log["event"] == "replied",
        email=log["channel"] == "email",
    )
    threads = flags.groupby("thread_id").agg(
        template=("template", "first"),
        bounced=("bounced", "any"),
        replied=("replied", "any"),
        email=("email", "first"),
    )
    delivered = threads[~threads["bounced"]]
    rates = delivered.groupby("template")["replied"].mean()
    for template, (truth, _channel) in sample.TEMPLATES.items():
        assert rates[template] == pytest.approx(truth, abs=0.012), template
    bounce = threads.loc[threads["email"], "bounced"]
    assert bounce.mean() == pytest.approx(0.04, abs=0.005)


def test_events_deterministic_and_files(tmp_path):
    a = sample.events(threads=500, seed=4)
    b = sample.events(threads=500, seed=4)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(sample.events(threads=500, seed=5))
    csv_a = sample.write_events(tmp_path / "a.csv", threads=500, seed=4)
    csv_b = sample.write_events(tmp_path / "b.csv", threads=500, seed=4)
    assert csv_a.read_bytes() == csv_b.read_bytes()
    back = pd.read_csv(csv_a)
    assert len(back) == len(a)
    assert back["at"].iloc[0] == a["at"].iloc[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    pq_path = sample.write_events(tmp_path / "a.parquet", threads=500, seed=4)
    assert pd.read_parquet(pq_path)["event"].tolist() == a["event"].tolist()
    with pytest.raises(ValueError, match=r"\.csv or \.parquet"):
        sample.write_events(tmp_path / "a.json")


def test_committed_outreach_sample_matches_generator(tmp_path):
    committed = ROOT / "data" / "sample_outreach.csv"
    fresh = sample.write_events(tmp_path / "o.csv")
    assert committed.read_bytes() == fresh.read_bytes()
    assert committed.stat().st_size < 3_000_000


def test_fingerprint_changes_with_the_source(tmp_path, monkeypatch):
    first = sample.fingerprint()
    assert first == sample.fingerprint() and len(first) == 64
    fake = tmp_path / "__init__.py"
    fake.write_text("x = 1\n")
    monkeypatch.setattr(sample, "__file__", str(fake))
    assert sample.fingerprint() != first
