import networkkit.network as nn
from networkkit.export import Export, Owner

OWNER = Owner(name="Sam Member", member_key="sam")


def _ex(rows, as_of):
    return Export.from_frames(owner=OWNER, as_of=as_of, connections=rows)


def test_compare_exports():
    old = _ex(
        [
            dict(
                full_name="Ann A",
                member_key="ann",
                company="Acme",
                position="Engineer",
                connected_on="2020-01-01",
            ),
            dict(
                full_name="Ben B",
                member_key="ben",
                company="Beta",
                position="Analyst",
                connected_on="2020-01-01",
            ),
            dict(
                full_name="Cy C",
                member_key="cy",
                company="Gamma",
                position="CTO",
                connected_on="2020-01-01",
            ),
            dict(
                full_name="Eve E",
                member_key="eve",
                company="Eps",
                position="Engineer",
                connected_on="2020-01-01",
            ),
            dict(connected_on="2020-02-02"),  # hidden
        ],
        "2024-01-01",
    )
    new = _ex(
        [
            # Ann: "ACME Inc." is Acme: no change
            dict(
                full_name="Ann A",
                member_key="ann",
                company="ACME Inc.",
                position="engineer",
                connected_on="2020-01-01",
            ),
            dict(
                full_name="Ben B",
                member_key="ben",
                company="Delta",
                position="Analyst",
                connected_on="2020-01-01",
            ),
            dict(
                full_name="Dee D",
                member_key="dee",
                company="Zeta",
                position="PM",
                connected_on="2024-06-01",
            ),
            dict(
                full_name="Eve E",
                member_key="eve",
                company="Eps",
                position="Senior Engineer",
                connected_on="2020-01-01",
            ),
            dict(connected_on="2020-02-02"),
            dict(connected_on="2024-07-07"),
        ],
        "2025-01-01",
    )
    ch = nn.compare_exports(old, new)
    # new: Dee; removed: Cy; job changes: Ben (company), Eve (position)
    assert ch["change"].tolist() == ["new", "removed", "job_change", "job_change"]
    assert ch["member_key"].tolist() == ["dee", "cy", "ben", "eve"]
    ben = ch.set_index("member_key").loc["ben"]
    assert (ben["old_company"], ben["new_company"]) == ("Beta", "Delta")
    assert ben["company_changed"] and not ben["position_changed"]
    eve = ch.set_index("member_key").loc["eve"]
    assert eve["position_changed"] and not eve["company_changed"]
    s = nn.compare_summary(old, new).set_index("measure")["count"].to_dict()
    assert s == {
        "connections_old": 5,
        "connections_new": 6,
        "new": 1,
        "removed": 1,
        "job_change": 2,
        "company_changed": 1,
        "position_changed": 1,
        "hidden_old": 1,
        "hidden_new": 2,
    }


def test_compare_identical_and_empty():
    e = Export.from_frames(owner=OWNER)
    ch = nn.compare_exports(e, e)
    assert ch.empty
    assert list(ch.columns)[:3] == ["member_key", "full_name", "change"]
