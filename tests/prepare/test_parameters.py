"""Every report parameter at and just past each end of its range: accepted, or one sentence."""

from __future__ import annotations

import pytest

from networkkit.errors import ParameterError
from networkkit.prepare._parameters import check_parameters

_DATE = "a date from 1900-01-01 to 2200-12-31 (YYYY-MM-DD), or empty"
_GROUPS = (
    "the name of a column with a few categories (template, campaign, channel, sender, step; "
    "at most 50 groups), never an id, a time or an event"
)


@pytest.mark.parametrize(
    ("name", "inside", "outside", "takes"),
    [
        (
            "top_n",
            [1, 15, 1000],
            [0, -5, 1001, 2.5, True, "15", float("inf")],
            "a whole number from 1 to 1,000",
        ),
        (
            "reply_window_days",
            [1, 30, 3650],
            [0, 3651, 10**12, float("nan")],
            "a whole number of days from 1 to 3,650",
        ),
        ("start_date", ["", "1900-01-01", "2200-12-31"], ["1899-12-31", "2201-01-01", "x"], _DATE),
        ("end_date", ["2024-02-29", "2026-11-22T10:00:00"], ["9999-12-31", "2024-02-31"], _DATE),
        (
            "as_of",
            ["", "2026-01-01"],
            ["9999-12-31", "0001-01-01", "31 Feb 2024", 20260101],
            _DATE,
        ),
        (
            "compare_by",
            ["template", "campaign", "channel", "step"],
            ["thread_id", "at", "", " "],
            _GROUPS,
        ),
        ("engine", ["pandas", "spark"], ["dask", ""], "pandas or spark"),
        ("anonymize", [True, False], ["yes", 1], "true or false"),
    ],
)
def test_each_parameter_at_and_past_its_ends(name, inside, outside, takes):
    for value in inside:
        assert check_parameters({name: value})[name] == value
    for value in outside:
        with pytest.raises(ParameterError) as err:
            check_parameters({name: value})
        assert type(err.value) is ParameterError
        assert str(err.value) == f"parameter {name} takes {takes}, not {value!r}"


def test_paths_must_be_of_the_right_kind(tmp_path):
    csv = tmp_path / "notes.csv"
    csv.write_text("member_key,met\n")
    assert check_parameters({"annotations_path": str(csv), "export_path": str(tmp_path)})
    with pytest.raises(ParameterError, match="annotations_path takes an existing CSV file"):
        check_parameters({"annotations_path": str(tmp_path)})  # a folder
    with pytest.raises(ParameterError, match="annotations_path"):
        check_parameters({"annotations_path": str(tmp_path / ("n" * 5000))})
    with pytest.raises(ParameterError, match="export_path"):
        check_parameters({"export_path": str(tmp_path / "missing.zip")})
    with pytest.raises(ParameterError, match="history_path"):
        check_parameters({"history_path": str(tmp_path)})
    with pytest.raises(ParameterError, match="history_path"):
        check_parameters({"history_path": "http://example.com/history.duckdb"})
    with pytest.raises(ParameterError, match="outreach_path"):
        check_parameters({"outreach_path": str(tmp_path)})  # a folder, on pandas
    spark = {"engine": "spark", "outreach_path": "s3a://bucket/events/*.parquet"}
    assert check_parameters(spark) == spark


def test_a_window_that_ends_before_it_starts_is_refused():
    with pytest.raises(ParameterError, match=r"start_date .* is after end_date"):
        check_parameters({"start_date": "2026-02-01", "end_date": "2026-01-01"})
    assert check_parameters({"start_date": "2026-01-01", "end_date": "2026-01-01"})


def test_unknown_names_pass_through():
    assert check_parameters({"spark_master": "local[2]"}) == {"spark_master": "local[2]"}
