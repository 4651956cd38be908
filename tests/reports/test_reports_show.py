"""What the report shows: rates with counts and intervals, the trend, each section."""

from __future__ import annotations

import pandas as pd
import pytest
from prepared_inputs import fictional_export

from networkkit import network, outreach
from networkkit.prepare import OutreachInput
from networkkit.reports import (
    describe_scope,
    format_rate,
    rate_table,
    show_freshness,
    show_funnel,
    show_outreach_scope,
    show_parse_report,
    show_send_time,
)


def test_format_rate_shows_counts_interval_and_not_tracked():
    assert format_rate(12, 40, 0.18, 0.45) == "12 / 40 = 30.0 % (18.0–45.0 %)"
    assert format_rate(3, 10, 0.1, 0.6).endswith("· small sample")
    assert format_rate(pd.NA, 40) == "not tracked"
    assert format_rate(0, 0) == "0 / 0 (no denominator)"
    df = pd.DataFrame(
        {
            "template": ["A"],
            "opened": [pd.NA],
            "replied": [12],
            "delivered": [40],
            "reply_rate_low": [0.18],
            "reply_rate_high": [0.45],
        }
    )
    out = rate_table(
        df,
        rates={"open_rate": ("opened", "delivered"), "reply_rate": ("replied", "delivered")},
        keep=["template"],
    )
    assert out.to_dict("records") == [
        {
            "template": "A",
            "open_rate": "not tracked",
            "reply_rate": "12 / 40 = 30.0 % (18.0–45.0 %)",
        }
    ]


def test_show_trend_formats_shares_and_draws_rates(monkeypatch):
    import matplotlib.pyplot as plt

    from networkkit.reports import _notebook

    shown, drawn = [], []
    monkeypatch.setattr(_notebook, "_display_html", shown.append)

    def record_title():  # the house style puts titles on the left
        ax = plt.gca()
        drawn.append(ax.get_title(loc="left") or ax.get_title())

    monkeypatch.setattr(plt, "show", record_title)
    table = pd.DataFrame(
        {
            "measure": ["connections", "reply_rate"],
            "2026-11-15 07:00:00": [70.0, 0.25],
            "this run": [80.0, 0.3],
            "change": [10.0, 0.05],
        }
    )
    _notebook.show_trend(table)
    assert drawn == ["Headline rates across runs"]
    html = "".join(shown)
    assert "<td>reply rate</td>" in html and "<td>25.0 %</td>" in html
    assert "<td>+5.0 pts</td>" in html and "<td>+10</td>" in html
    shown.clear()
    drawn.clear()
    _notebook.show_trend(table[["measure", "this run", "change"]])
    assert drawn == [] and "first run recorded" in "".join(shown)


@pytest.fixture
def page(monkeypatch):
    """What the show_* helpers write: the HTML shown and the titles of the figures drawn."""
    import matplotlib.pyplot as plt

    from networkkit.reports import _notebook

    shown: list[str] = []
    titles: list[str] = []
    monkeypatch.setattr(_notebook, "_display_html", shown.append)

    def record_title():  # the house style puts titles on the left
        ax = plt.gca()
        titles.append(ax.get_title(loc="left") or ax.get_title())

    monkeypatch.setattr(plt, "show", record_title)
    return shown, titles


def _events() -> pd.DataFrame:
    """Three threads on two weekdays: one replied, none tracking opens."""
    return outreach.read_events(
        pd.DataFrame(
            {
                "thread_id": ["a", "a", "b", "c"],
                "event": ["sent", "replied", "sent", "sent"],
                "at": pd.to_datetime(
                    [
                        "2026-01-05 09:00",
                        "2026-01-06 08:00",
                        "2026-01-05 14:00",
                        "2026-01-07 09:00",
                    ],
                    utc=True,
                ),
                "recipient_key": ["ana@example.com", "ana@example.com", "bo", "cy"],
            }
        )
    )


def test_describe_scope_says_whose_export_and_the_window(page):
    shown, _ = page
    ex = fictional_export()
    describe_scope(ex, start_date="2026-01-01", anonymize=True)
    assert shown[0] == (
        "<p>Export of Sam Member, data up to 01 April 2026: 3 connections, 2 messages, "
        "1 invitations. Window: 2026-01-01 to the end.</p>"
    )
    assert "stable pseudonyms" in shown[1]


def test_show_freshness_shows_the_measures_shares_and_the_silence(page):
    shown, titles = page
    fresh = network.freshness(fictional_export())
    show_freshness(fresh)
    html = "".join(shown)
    # Dana: active; Pat: never messaged; nobody dormant — each over the two connections
    assert "<td>active</td>" in html and "<td>dormant</td>" in html
    assert "<td>1 / 2 = 50.0 % (9.5–90.5 %) · small sample</td>" in html
    assert "<td>0 / 2 = 0.0 % (0.0–65.8 %) · small sample</td>" in html
    assert titles == ["Days since your last message with each connection"]


def test_show_send_time_totals_each_weekday(page):
    shown, titles = page
    show_send_time(outreach.send_time(_events()))
    html = "".join(shown)
    assert titles == ["Reply rate by time of the first touch"]
    assert "<td>Mon</td>" in html and "<td>Wed</td>" in html and "<td>Tue</td>" not in html
    # Monday: two threads (9:00 and 14:00 are two cells of the grid), one replied
    assert "<td>1 / 2 = 50.0 % (9.5–90.5 %) · small sample</td>" in html


def test_show_funnel_says_opens_are_not_tracked(page):
    shown, titles = page
    events = _events()
    show_funnel(
        outreach.funnel(events),
        None,
        by=None,
        response=outreach.linkedin_response_rate(events, as_of="2026-03-01"),
    )
    html = "".join(shown)
    assert titles and "not tracked" in html
    assert "<td>1 / 3 = 33.3 %" in html  # replied ÷ delivered


def test_show_outreach_scope_says_the_problem_first_and_escapes(page):
    shown, _ = page
    inputs = OutreachInput(
        events=_events(),
        parse_report=pd.DataFrame(),
        origin="the outreach log <b>x</b>.csv",
        problem="This export holds no messages (messages.csv is missing or empty).",
        facts={},
        as_of=None,
        scope="Read from the outreach log <b>x</b>.csv: 3 threads, 4 events.",
    )
    show_outreach_scope(inputs, anonymize=False)
    assert shown == [
        '<p class="nk-missing">This export holds no messages (messages.csv is missing or '
        "empty).</p>",
        "<p>Read from the outreach log &lt;b&gt;x&lt;/b&gt;.csv: 3 threads, 4 events.</p>",
    ]


def test_show_parse_report_without_files_says_so(page):
    shown, _ = page
    ex = fictional_export()
    show_parse_report(ex)
    assert shown == [
        '<p class="nk-missing">No parse report: this export was not read from files.</p>'
    ]
