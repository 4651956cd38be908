import pandas as pd
import pytest

import networkkit.network as nn
from networkkit.errors import ExportError


def test_inferred_from_notes_and_messages_in_four_languages(ex):
    m = nn.met_in_person(ex).set_index("member_key", drop=False)
    # one row per connection, hidden member included
    assert len(m) == 8
    # Dana: English message ("great meeting you at the fair"); the greeting in her
    # invitation note ("nice to meet you") is not evidence
    assert m.loc["dana-lee", "status"] == "inferred"
    assert m.loc["dana-lee", "evidence_source"] == "message 2-c1 2024-01-15"
    assert "great meeting you" in m.loc["dana-lee", "evidence"]
    # Ola: Norwegian; Marco: Italian invitation note; Yuki: Japanese
    assert m.loc["ola-nordmann", "status"] == "inferred"
    assert m.loc["marco-rossi", "evidence_source"] == "invitation note 2024-05-29"
    assert m.loc["yuki-sato", "status"] == "inferred"
    # Lena: the owner wrote "hope to meet you": a hope, not a meeting → unknown, never "no"
    assert m.loc["lena-vogel", "status"] == "unknown"
    assert m.loc["kai-ito", "status"] == "unknown"
    assert m["status"].value_counts().to_dict() == {"inferred": 4, "unknown": 4}
    assert m["member_key"].isna().sum() == 1
    assert list(m.columns) == [
        "member_key",
        "full_name",
        "status",
        "evidence",
        "evidence_source",
        "context",
        "tags",
    ]


def test_group_chat_is_not_evidence(ex):
    # Kai got "Great meeting you both!" only in a group chat (c9): stays unknown
    m = nn.met_in_person(ex).set_index("member_key")
    assert m.loc["kai-ito", "status"] == "unknown"


def test_annotations_win_and_are_read_from_csv(ex, tmp_path):
    path = tmp_path / "met.csv"
    path.write_text(
        "Profile URL,Met In Person,Context,Tags\n"
        "https://www.linkedin.com/in/Pat-Kim/,Yes,NDC Oslo 2024,speaker\n"
        "https://www.linkedin.com/in/ola-nordmann,no,,\n"
        "\n"
        "https://www.linkedin.com/in/someone-else,1,,\n",
        encoding="utf-8",
    )
    m = nn.met_in_person(ex, path).set_index("member_key")
    assert m.loc["pat-kim", "status"] == "met"
    assert m.loc["pat-kim", "evidence"] == "NDC Oslo 2024"
    assert m.loc["pat-kim", "evidence_source"] == "met.csv line 2"
    assert m.loc["pat-kim", "tags"] == "speaker"
    # the annotation overrides the inferred Norwegian evidence
    assert m.loc["ola-nordmann", "status"] == "not_met"
    s = nn.met_in_person_summary(ex, path).set_index("status")
    # hand count: met 1 (Pat), inferred 3 (Dana, Marco, Yuki), not_met 1 (Ola), unknown 3
    assert s["connections"].to_dict() == {"met": 1, "inferred": 3, "not_met": 1, "unknown": 3}
    assert (s["total"] == 8).all()
    assert s.loc["inferred", "share"] == 3 / 8
    # a report that already has the per-connection table summarises it as it is
    given = nn.met_in_person_summary(ex, per_connection=nn.met_in_person(ex, path))
    pd.testing.assert_frame_equal(given.set_index("status"), s)


def test_annotations_as_frame_with_member_key(ex):
    notes = pd.DataFrame({"member_key": ["kai-ito"], "met_in_person": ["TRUE"]})
    m = nn.met_in_person(ex, notes).set_index("member_key")
    assert m.loc["kai-ito", "status"] == "met"
    assert m.loc["kai-ito", "evidence_source"] == "annotations line 2"


def test_summary_shares_and_intervals(ex):
    s = nn.met_in_person_summary(ex)
    assert s["status"].tolist() == ["met", "inferred", "not_met", "unknown"]
    assert s["connections"].tolist() == [0, 4, 0, 4]
    row = s.iloc[1]
    assert row["share"] == 0.5
    assert row["share_low"] < 0.5 < row["share_high"]
    assert s["small_sample"].all()


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("member_key,met_in_person\nana,yes\nbo,maybe\n", 3, "met_in_person"),
        ("member_key,met_in_person\nana,yes\n,no\n", 3, None),
        ("name,met\nana,yes\n", 1, None),
    ],
)
def test_bad_annotation_rows_name_file_and_line(tmp_path, ex, text, line, column):
    path = tmp_path / "notes.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExportError) as info:
        nn.met_in_person(ex, path)
    err = info.value
    assert isinstance(err, nn.AnnotationError)
    assert err.file == str(path)
    assert err.line == line
    assert err.column == column
    assert f"line {line}" in str(err)


def test_missing_annotation_file(tmp_path, ex):
    with pytest.raises(nn.AnnotationError, match="does not exist"):
        nn.met_in_person(ex, tmp_path / "nope.csv")


def test_undecodable_annotation_file(tmp_path, ex):
    path = tmp_path / "latin.csv"
    path.write_bytes("member_key,met_in_person\nj\xf8rn,ja\n".encode("latin-1"))
    with pytest.raises(nn.AnnotationError, match="UTF-8"):
        nn.met_in_person(ex, path)


def test_committed_annotation_fixtures(ex, fixtures_dir):
    good = nn.read_annotations(fixtures_dir / "network" / "met_in_person_ok.csv")
    assert good["member_key"].tolist() == ["pat-kim", "ola-nordmann", "kai-ito", "dana-lee"]
    assert good["met"].tolist() == [True, False, False, True]
    assert good["line"].tolist() == [2, 3, 4, 5]
    s = nn.met_in_person_summary(ex, fixtures_dir / "network" / "met_in_person_ok.csv")
    # met: Pat, Dana; not_met: Ola, Kai; inferred: Marco, Yuki; unknown: hidden, Lena
    assert s.set_index("status")["connections"].to_dict() == {
        "met": 2,
        "inferred": 2,
        "not_met": 2,
        "unknown": 2,
    }
    # the other fixture's line 4 has no key
    with pytest.raises(nn.AnnotationError) as info:
        nn.read_annotations(fixtures_dir / "network" / "met_in_person.csv")
    assert info.value.line == 4
