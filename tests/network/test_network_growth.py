import pandas as pd

import networkkit.network as nn
from networkkit.export import Export


def test_growth_by_month_counts_hidden_members(ex):
    g = nn.growth(ex)
    # hand count: 2024-01: Dana, Kai; 2024-02: none; 2024-03: Ola, Pat, hidden; 2024-04: none;
    # 2024-05: Lena, Marco, Yuki
    assert g["period"].tolist() == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    assert g["new_connections"].tolist() == [2, 0, 3, 0, 3]
    assert g["hidden"].tolist() == [0, 0, 1, 0, 0]
    assert g["cumulative"].tolist() == [2, 2, 5, 5, 8]
    assert g["period_start"].iloc[2] == pd.Timestamp("2024-03-01", tz="UTC")


def test_growth_by_quarter(ex):
    g = nn.growth(ex, freq="Q")
    # Q1: 5 (Jan 2 + Mar 3), Q2: 3 (May)
    assert g["period"].tolist() == ["2024Q1", "2024Q2"]
    assert g["new_connections"].tolist() == [5, 3]
    assert g["cumulative"].tolist() == [5, 8]


def test_companies_fold_legal_suffixes_and_case(ex):
    c = nn.companies(ex)
    # "Acme, Inc." and "ACME inc" are one company of 2; 7 connections have a company
    top = c.iloc[0]
    assert top["company_key"] == "acme"
    assert top["connections"] == 2
    assert top["share"] == 2 / 7
    assert top["sentence"] == "You know 2 people at ACME inc."
    keys = set(c["company_key"])
    assert {"as roma", "plan a", "nordlys", "bianchi", "サクラ"} <= keys
    assert len(c) == 6
    assert c.loc[c["company_key"] == "bianchi", "sentence"].item() == (
        "You know 1 person at Bianchi S.r.l."
    )


def test_companies_by_position_and_top(ex):
    c = nn.companies(ex, by_position=True)
    acme = c[c["company_key"] == "acme"]
    # Dana (Engineer) and Kai (Talent Acquisition Partner) are apart
    assert sorted(acme["position"]) == ["Engineer", "Talent Acquisition Partner"]
    assert acme["connections"].tolist() == [1, 1]
    assert len(nn.companies(ex, top=2)) == 2


def test_people_at_matches_any_spelling(ex):
    p = nn.people_at(ex, "ACME, Inc")
    # most recent first: Kai (2024-01-20), Dana (2024-01-10)
    assert p["full_name"].tolist() == ["Kai Ito", "Dana Lee"]
    assert nn.people_at(ex, "Roma").empty  # "AS Roma" is not "Roma"


def test_growth_keeps_undated_out():
    ex = Export.from_frames(
        connections=[{"full_name": "A"}, {"full_name": "B", "connected_on": "2024-02-02"}],
        as_of="2024-03-01",
    )
    g = nn.growth(ex)
    assert g["new_connections"].tolist() == [1]
