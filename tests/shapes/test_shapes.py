"""The shape corpus: one small fictional export per shape seen in real exports (issue 13) and
per era. Each loads, every network measure and ``from_messages`` run on it, and both reports
render through the one render path.

Fixtures: ``tests/fixtures/shapes/<shape>/`` (shapes) and ``tests/fixtures/exports/`` (eras).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from measures import run_all

import networkkit as nk
from networkkit.cli import build_parameters
from networkkit.reports import render

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHAPES = sorted(p.name for p in (FIXTURES / "shapes").iterdir() if p.is_dir())
ERAS = ["export_2018", "export_2021", "export_2026"]


def _path(name: str) -> Path:
    return FIXTURES / ("exports" if name in ERAS else "shapes") / name


def _ts(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def _check_empty_sender(ex, results):
    blank = ex.messages["sender_name"].isna()
    assert blank.sum() == 3 and ex.messages.loc[blank, "direction"].isna().all()
    events = results["from_messages"]
    assert events["event"].value_counts().to_dict() == {"sent": 6, "replied": 2}
    assert events.attrs["excluded"]["unknown_direction"] == 3


def _check_future_education(ex, results):
    # the degree ends in 2031 and a position in 2031: neither is activity
    assert ex.as_of == _ts("2024-05-04 11:00")
    assert (ex.inferred.as_of_from, ex.inferred.as_of_confidence) == ("newest activity", "medium")


def _check_bare_profile_urls(ex, results):
    assert ex.invitations[["inviter_key", "invitee_key"]].isna().all().all()
    assert ex.owner.member_key == "kai-owner-5"
    assert (ex.messages["direction"] == "outgoing").sum() == 8
    assert any("Acceptance can't be measured" in n for n in ex.inferred.notes)
    out = results["invitations"].set_index(["direction", "note"]).loc[("outgoing", "all")]
    assert out["eligible"] == 0 and np.isnan(out["acceptance_rate"])


def _check_linkedin_member_owner(ex, results):
    assert ex.owner.name != "Dana Lee"
    assert ex.inferred.owner_confidence == "low"
    assert any("'LinkedIn Member'" in n for n in ex.inferred.notes)
    said = ex.parse_report.set_index("file")["notes"]["(inferred)"]
    assert said.startswith("The member appears as 'LinkedIn Member'")
    sponsored = ex.messages["conversation_title"] == "Sponsored Conversation"
    assert (ex.messages["direction"] == "outgoing").sum() == 6
    assert (ex.messages.loc[sponsored.fillna(False), "direction"] == "incoming").all()
    assert results["from_messages"]["event"].value_counts().to_dict() == {"sent": 6, "replied": 6}


def _check_messages_2018(ex, results):
    assert ex.owner.name == "Kim Member"
    assert ex.messages["conversation_id"].nunique() == 4  # one per counterpart
    assert results["from_messages"]["event"].value_counts().to_dict() == {"sent": 3, "replied": 2}
    initiative = results["initiative"].iloc[0]
    assert (initiative["conversations"], initiative["owner_started"]) == (4, 3)


def _check_rewritten_header(ex, results):
    assert ex.connections["full_name"].tolist()[:2] == ["Dana Lee", "Pat Kim"]
    assert ex.connections["member_key"].notna().all()
    notes = ex.parse_report.set_index("file")["notes"]["Connections.csv"]
    assert "'Name' → full_name" in notes


def _check_unmappable_file(ex, results):
    assert ex.connections.empty and len(ex.messages) == 12
    assert ex.inferred.skipped == [("Connections.csv", "header matches no known layout")]


def _check_mixed_dates(ex, results):
    assert len(ex.invitations) == 3 and ex.invitations["sent_at"].isna().sum() == 1
    assert ex.inferred.unreadable == [
        {"file": "Invitations.csv", "column": "Sent At", "cells": 1, "first_line": 3}
    ]


def _check_two_copies(ex, results):
    assert len(ex.endorsements_received) == 4  # 3 shared rows once, 1 only in the UTF-16 copy
    (dup,) = ex.inferred.duplicates
    assert dup["rows"] == 3


def _check_urn_invitations(ex, results):
    assert ex.invitations["invitee_key"].isna().all()
    assert any("Acceptance can't be measured" in n for n in ex.inferred.notes)


CHECKS = {
    name[len("_check_") :]: fn for name, fn in globals().items() if name.startswith("_check_")
}


def test_every_shape_has_a_check():
    assert set(CHECKS) == set(SHAPES)


@pytest.mark.parametrize("name", SHAPES + ERAS)
def test_shape_loads_and_every_measure_runs(name):
    ex = nk.load_export(_path(name))
    for table, df in ex.tables().items():
        assert isinstance(df, pd.DataFrame), table
    assert ex.owner.name != "LinkedIn Member"
    assert ex.as_of is not None and ex.inferred.as_of_confidence in {"high", "medium"}
    results = run_all(ex)
    if name in CHECKS:
        CHECKS[name](ex, results)


def test_as_of_from_the_export_name_wins_over_activity(tmp_path):
    folder = tmp_path / "Complete_LinkedInDataExport_06-30-2024"
    shutil.copytree(_path("future_education"), folder)
    ex = nk.load_export(folder)
    assert ex.as_of == _ts("2024-06-30")
    assert (ex.inferred.as_of_from, ex.inferred.as_of_confidence) == ("export name", "high")


@pytest.mark.slow
@pytest.mark.parametrize("name", SHAPES)
def test_both_reports_render_on_the_shape(name, tmp_path):
    out = tmp_path / "reports"
    for kind in ("network", "outreach"):
        params = build_parameters(kind, export=str(_path(name)), outreach=None, out_dir=out)
        result = render(kind, parameters=params, out_dir=out, progress=False)
        html = result.html.read_text(encoding="utf-8")
        assert "Traceback" not in html, (name, kind)
