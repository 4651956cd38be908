"""networkkit.plots: data first, keyword-only options, ax in → ax out, labelled, never shown."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from networkkit import plots


@pytest.fixture(autouse=True)
def _never_show_or_save(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("plots must not show or save figures")

    monkeypatch.setattr(plt, "show", refuse)
    monkeypatch.setattr(plt.Figure, "savefig", refuse)


def _bars(ax):
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def test_growth_bars_and_total_on_a_second_axis():
    data = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2026-01-01", "2026-02-01", "2026-03-01"], utc=True),
            "new_connections": [3, 0, 5],
            "cumulative": [3, 3, 8],
        }
    )
    ax = plt.figure().gca()
    assert plots.growth(data, ax=ax) is ax
    assert [b.get_height() for b in _bars(ax)] == [3, 0, 5]
    twin = next(a for a in ax.figure.axes if a is not ax)
    assert list(twin.lines[0].get_ydata()) == [3, 3, 8]
    assert ax.get_title() == "Connections per month"
    assert ax.get_xlabel() and ax.get_ylabel() and twin.get_ylabel() == "Total connections"


def test_default_axes_is_the_current_one():
    plt.figure()
    current = plt.gca()
    data = pd.DataFrame({"company": ["Acme", "Globex"], "connections": [5, 2]})
    ax = plots.bars(data, label="company", value="connections", title="Top", xlabel="People")
    assert ax is current
    assert [b.get_width() for b in _bars(ax)] == [2, 5]  # largest on top
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Globex", "Acme"]


def test_rates_draw_intervals_and_counts():
    data = pd.DataFrame(
        {
            "template": ["A", "B"],
            "replied": [12, 3],
            "delivered": [40, 10],
            "reply_rate": [0.3, 0.3],
            "reply_rate_low": [0.18, 0.1],
            "reply_rate_high": [0.45, 0.6],
        }
    )
    ax = plots.rates(
        data,
        label="template",
        rate="reply_rate",
        numerator="replied",
        denominator="delivered",
        title="Reply rate",
        ax=plt.figure().gca(),
    )
    texts = sorted(t.get_text() for t in ax.texts)
    assert texts == ["12 / 40", "3 / 10"]
    segments = ax.collections[0].get_segments()  # the horizontal error bars, bottom row first
    assert np.allclose(segments[1][:, 0], [0.18, 0.45])
    # the axis fits the data (largest upper bound 60 %), not 0–100 %; the counts are a column
    # just right of the Axes
    assert ax.get_xlim() == pytest.approx((0, 0.6))
    assert all(t.xy[0] == 1.0 and t.xycoords == ("axes fraction", "data") for t in ax.texts)
    assert ax.get_title() == "Reply rate"


def test_rate_counts_stay_inside_a_phone_width_figure():
    # long labels and a 4-inch figure: the layout must keep "236 / 300" whole, not "236 / 30"
    data = pd.DataFrame(
        {
            "status": ["met (you confirmed)", "met (a message says so)", "not known"],
            "k": [0, 64, 236],
            "n": [300, 300, 300],
            "rate": [0.0, 64 / 300, 236 / 300],
            "rate_low": [0.0, 0.17, 0.74],
            "rate_high": [0.01, 0.26, 0.83],
        }
    )
    with plt.style.context(plots.STYLE):
        ax = plots.rates(
            data, label="status", rate="rate", numerator="k", denominator="n",
            title="Met in person", ax=plt.figure(figsize=(4, 3)).gca(),
        )  # fmt: skip
        fig = ax.figure
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        assert max(t.get_window_extent(renderer).x1 for t in ax.texts) <= fig.bbox.x1


def test_rate_axis_fits_small_rates_and_stage_rates_say_not_tracked():
    assert plots.rate_axis_limit([0.004, 0.129]) == pytest.approx(0.15)
    assert plots.rate_axis_limit([0.2, 0.83]) == pytest.approx(0.9)
    assert plots.rate_axis_limit([np.nan]) == 1.0
    stages = pd.DataFrame(
        {
            "label": ["Delivered", "Opened"],
            "denominator_label": ["of threads sent", "of delivered threads"],
            "numerator": [98.0, np.nan],
            "denominator": [100.0, np.nan],
            "tracked": [True, False],
            "rate": [0.98, np.nan],
            "rate_low": [0.93, np.nan],
            "rate_high": [0.99, np.nan],
        }
    )
    ax = plots.stage_rates(stages, ax=plt.figure().gca())
    assert sorted(t.get_text() for t in ax.texts) == ["98 / 100", "not tracked"]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Opened\nof delivered threads",
        "Delivered\nof threads sent",
    ]
    assert max(ax.get_xticks()) == 1.0  # no tick beyond 100 %


def test_funnel_says_not_tracked_never_zero():
    data = pd.DataFrame(
        {
            "sent": [50],
            "delivered": [48],
            "opened": [pd.NA],
            "clicked": [pd.NA],
            "replied": [9],
            "positive": [4],
        }
    ).astype({"opened": "Int64", "clicked": "Int64"})
    ax = plots.funnel(data, ax=plt.figure().gca())
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["50", "48", "not tracked", "not tracked", "9", "4"]
    assert "0" not in labels


def test_time_to_reply_steps_per_group_with_bands():
    data = pd.DataFrame(
        {
            "channel": ["email", "email", "linkedin"],
            "time": [1.0, 5.0, 2.0],
            "share": [0.1, 0.3, 0.2],
            "share_low": [0.05, 0.2, 0.1],
            "share_high": [0.2, 0.4, 0.3],
        }
    )
    ax = plots.time_to_reply(data, by="channel", ax=plt.figure().gca())
    assert [line.get_label() for line in ax.lines] == ["email", "linkedin"]
    assert list(ax.lines[0].get_ydata())[-1] == pytest.approx(0.3)
    assert len(ax.collections) == 2  # one band per group
    assert ax.get_ylim() == pytest.approx((0, 0.4))  # fits the highest band, not 0–100 %


def test_heatmap_leaves_cells_without_threads_blank():
    data = pd.DataFrame(
        {
            "weekday": [1, 1, 2],
            "hour": [9, 10, 9],
            "reply_rate": [0.5, 0.0, 0.25],
            "delivered": [4, 0, 8],
        }
    )
    ax = plots.heatmap(
        data,
        row="weekday",
        col="hour",
        value="reply_rate",
        count="delivered",
        row_labels={1: "Mon", 2: "Tue"},
        title="t",
        xlabel="Hour",
        ylabel="Day",
        ax=plt.figure().gca(),
    )
    grid = np.ma.filled(ax.images[0].get_array().astype(float), np.nan)
    assert grid.shape == (2, 2)
    assert grid[0, 0] == 0.5 and grid[1, 0] == 0.25
    assert np.isnan(grid[0, 1]) and np.isnan(grid[1, 1])  # no thread sent: blank, not 0 %
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Mon", "Tue"]


def test_cadence_and_trend():
    ax = plots.cadence(
        pd.DataFrame({"follow_ups": [0, 1, 4], "threads": [10, 6, 2]}), ax=plt.figure().gca()
    )
    assert [b.get_height() for b in _bars(ax)] == [10, 6, 2]
    assert ax.lines[0].get_xdata()[0] == 3.5  # the advised limit, just past 3
    runs = pd.DataFrame(
        {
            "run_at": pd.to_datetime(["2026-11-01", "2026-11-08", "2026-11-01"], utc=True),
            "measure": ["connections", "connections", "sent"],
            "value": [100.0, 110.0, 5.0],
        }
    )
    ax = plots.trend(runs, ax=plt.figure().gca())
    assert [line.get_label() for line in ax.lines] == ["connections", "sent"]
    assert list(ax.lines[0].get_ydata()) == [100.0, 110.0]


def test_style_is_applied_by_use_style():
    plots.use_style()
    assert plt.rcParams["axes.spines.top"] is False
    assert plt.rcParams["axes.prop_cycle"].by_key()["color"][0] == plots.PALETTE[0]
