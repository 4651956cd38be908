"""Hidden members (no names) must not shift later names onto other rows.

pyarrow's ``binary_join_element_wise(null_handling="skip")`` drops rows whose inputs are all
null; a reader that joins first and last names with it misaligns every row after a hidden one.
"""

from __future__ import annotations

import networkkit as nk

CONNECTIONS = """First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Quill,https://www.linkedin.com/in/ada-quill,,Acme,Engineer,09 Mar 2026
,,,,,,08 Mar 2026
,,,,,,07 Mar 2026
Bo,Rune,https://www.linkedin.com/in/bo-rune,,Fjord AS,Analyst,06 Mar 2026
Cleo,,https://www.linkedin.com/in/cleo,,,,05 Mar 2026
,Dunmore,https://www.linkedin.com/in/dunmore,,,,04 Mar 2026
"""


def test_full_name_stays_with_its_key(tmp_path):
    (tmp_path / "Connections.csv").write_text(CONNECTIONS, encoding="utf-8")
    c = nk.load_export(tmp_path).connections
    assert c["full_name"].tolist()[0] == "Ada Quill"
    assert c["full_name"].isna().tolist() == [False, True, True, False, False, False]
    assert c.loc[3, ["full_name", "member_key"]].tolist() == ["Bo Rune", "bo-rune"]
    assert c.loc[4, "full_name"] == "Cleo"
    assert c.loc[5, "full_name"] == "Dunmore"


def test_sample_names_match_their_rows(sample_dir):
    c = nk.load_export(sample_dir).connections
    named = c["first_name"].notna() | c["last_name"].notna()
    joined = (c["first_name"].fillna("") + " " + c["last_name"].fillna("")).str.strip()
    assert named.sum() > 250
    assert (joined[named] == c.loc[named, "full_name"]).all()
