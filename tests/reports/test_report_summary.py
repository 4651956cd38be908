"""The top of a report: the headline band's change words, escaping, and the actions list."""

from __future__ import annotations

import pandas as pd
import pytest

from networkkit import history
from networkkit.reports import _summary


def _trend(tmp_path, *, scope_before: str, scope_now: str) -> pd.DataFrame:
    path = tmp_path / "history.duckdb"
    history.record(
        path,
        kind="network",
        fingerprint="earlier",
        measures={"connections": 70, "met_in_person": 0.2},
        run_at="2026-11-15 07:00:00",
        scope=scope_before,
    )
    return history.trend(
        path, kind="network", current={"connections": 80, "met_in_person": 0.25}, scope=scope_now
    )


def test_change_is_taken_only_on_the_same_window(tmp_path):
    same = _trend(tmp_path / "a", scope_before="all data", scope_now="all data")
    assert _summary.change_words(same, "connections", rate=False) == "+10 since the last run"
    assert (
        _summary.change_words(same, "met_in_person", rate=True) == "+5.0 points since the last run"
    )
    other = _trend(tmp_path / "b", scope_before="2026-01-01 to the end of the data",
                   scope_now="all data")  # fmt: skip
    assert (
        _summary.change_words(other, "connections", rate=False)
        == "the date window changed since the last run"
    )
    first = history.trend(None, kind="network", current={"connections": 80})
    assert _summary.change_words(first, "connections", rate=False) == "first run"
    assert _summary.change_words(None, "connections", rate=False) == ""


@pytest.fixture
def shown(monkeypatch):
    out: list[str] = []
    monkeypatch.setattr(_summary, "_display_html", out.append)
    return out


def test_headline_band_escapes_and_shows_denominators(shown):
    frame = pd.DataFrame(
        {
            "measure": ["met_in_person", "waiting"],
            "label": ["Met <b>in person</b>", "Waiting"],
            "value": [0.25, 3.0],
            "numerator": pd.array([1, pd.NA], dtype="Int64"),
            "denominator": pd.array([4, pd.NA], dtype="Int64"),
            "low": [0.05, float("nan")],
            "high": [0.7, float("nan")],
            "note": ["", "last message from them"],
        }
    )
    _summary.show_headline(frame, scope="Export of <script>")
    markup = shown[0]
    assert markup.startswith('<section id="headline"')
    assert "25 %" in markup and "1 of 4" in markup and "likely 5–70 %" in markup
    assert "&lt;b&gt;in person&lt;/b&gt;" in markup and "<script>" not in markup


def test_actions_are_an_ordered_list_with_who_and_why(shown):
    actions = pd.DataFrame(
        {
            "kind": ["reply", "reconnect"],
            "name": ["<i>Ava</i> Archer", "Dana Dale"],
            "reason": ["Wrote you a message 19 days ago.", "Silent for 153 days."],
        }
    )
    _summary.show_actions(
        actions, who="name", verbs={"reply": "Reply to", "reconnect": "Reconnect with"}, empty="-"
    )
    markup = shown[0]
    assert markup.startswith('<section id="next-actions"')
    assert markup.count("<li>") == 2 and "<ol>" in markup
    assert "Reply to &lt;i&gt;Ava&lt;/i&gt; Archer</strong> — Wrote you" in markup
    _summary.show_actions(actions.iloc[:0], who="name", verbs={}, empty="Nothing to do.")
    assert "<ol></ol><p>Nothing to do.</p>" in shown[1]
