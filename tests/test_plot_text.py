"""Text in figures: every script draws with real glyphs, data is never markup, alt text says
what the figure shows."""

from __future__ import annotations

import io
import re
import warnings

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from networkkit import plots

#: One realistic label per script the reports must draw (fictional people and companies).
SCRIPTS = {
    "latin": "Zoë Müller-Łukasiewicz, Façade Études S.A.",
    "japanese": "株式会社ミライデータ",
    "chinese": "腾讯云计算（北京）有限责任公司",
    "korean": "김민준 · 한빛소프트 주식회사",
    "cyrillic": "Анна Смирнова, ООО «Северный ветер»",
    "greek": "Γιώργος Παπαδόπουλος, Ελληνικά Δεδομένα Α.Ε.",
    "arabic": "ليلى حداد، شركة البيانات العربية",
    "hebrew": "נועה כהן, דאטה ישראל בע״מ",
}


@pytest.fixture(autouse=True)
def _house_style():
    with plt.style.context(plots.STYLE):
        yield
    plt.close("all")


def _save(fig, fmt: str) -> bytes:
    """Draw ``fig`` to ``fmt``, failing on any warning (a missing glyph warns)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.savefig(buffer, format=fmt)
    return buffer.getvalue()


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_every_script_draws_with_real_glyphs(script, fmt):
    label = SCRIPTS[script]
    data = pd.DataFrame({"company": [label, "Acme Corp"], "connections": [12, 3]})
    ax = plots.bars(
        data, label="company", value="connections", title=label, xlabel="Connections", ax=None
    )
    out = _save(ax.figure, fmt)
    if fmt == "svg":
        svg = out.decode("utf-8")
        # text stays text (readable, scannable): the whole label in the title, and on the axis
        # cut at a word boundary when longer than plots.LABEL_CHARS
        tick = plots.truncate(label, plots.LABEL_CHARS)
        assert f">{_xml(label)}</text>" in svg
        assert f">{_xml(tick)}</text>" in svg


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_a_glyph_no_font_has_does_warn():
    """The guard above can fail: a private-use code point has no glyph anywhere."""
    ax = plt.figure().gca()
    ax.set_title("Acme \ue000")
    with pytest.raises(UserWarning, match="missing from font"):
        _save(ax.figure, "png")


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_dollar_signs_in_data_are_text_not_mathtext(fmt):
    data = pd.DataFrame(
        {
            "template": [r"$\frac$ intro", "$5 off $10"],
            "replied": [3, 1],
            "delivered": [10, 8],
            "reply_rate": [0.3, 0.125],
        }
    )
    ax = plots.rates(
        data,
        label="template",
        rate="reply_rate",
        numerator="replied",
        denominator="delivered",
        title=r"Reply rate by $\frac$ template",
    )
    companies = pd.DataFrame({"company": [r"$\frac$ Labs", "$x$ Inc"], "n": [4, 2]})
    plots.bars(
        companies,
        label="company",
        value="n",
        title="$y$",
        xlabel="n",
        ax=ax.figure.add_subplot(2, 1, 2),
    )
    out = _save(ax.figure, fmt)
    if fmt == "svg":
        assert r">$\frac$ Labs</text>" in out.decode("utf-8")


def test_dollar_labels_stay_plain_even_outside_the_house_style():
    with plt.rc_context({"text.parse_math": True}):
        data = pd.DataFrame({"company": [r"$\frac$ Labs", "$x$ Inc"], "n": [4, 2]})
        ax = plots.bars(data, label="company", value="n", title=r"$\frac$", xlabel="n")
        _save(ax.figure, "png")


def test_alt_text_is_one_sentence_from_the_data():
    top = pd.DataFrame(
        {"company": ["株式会社ミライデータ", "Acme Corp", "Globex"], "n": [12, 7, 2]}
    )
    ax = plots.bars(top, label="company", value="n", title="Top employers", xlabel="Connections")
    alt = plots.alt_text(ax.figure)
    assert alt == (
        "Horizontal bar chart “Top employers” of 3 bars: largest 株式会社ミライデータ "
        "(12 connections), smallest Globex (2)."
    )
    funnel = pd.DataFrame({"sent": [40], "delivered": [38], "opened": [pd.NA], "replied": [9]})
    ax = plots.funnel(
        funnel, stages=("sent", "delivered", "opened", "replied"), ax=plt.figure().gca()
    )
    assert plots.alt_text(ax) == (
        "Bar chart “Outreach funnel” of threads per stage: sent 40, delivered 38, "
        "opened not tracked, replied 9."
    )


def test_alt_text_for_a_hand_drawn_axes_names_its_labels():
    ax = plt.figure().gca()
    ax.hist([1, 2, 2, 3, 400], bins=5)
    ax.set(title="Days since the last message", xlabel="Days", ylabel="Contacts")
    alt = plots.alt_text(ax.figure)
    assert alt.startswith("Chart “Days since the last message”, “Days” against “Contacts”")
    assert re.fullmatch(r"[^.]+\.", alt)  # one sentence


@pytest.mark.parametrize(
    ("draw", "expected"),
    [
        (
            lambda: plots.growth(
                pd.DataFrame(
                    {
                        "period_start": pd.to_datetime(["2026-01-01", "2026-02-01"], utc=True),
                        "new_connections": [3, 9],
                        "cumulative": [3, 12],
                    }
                )
            ),
            "from Jan 2026 to Feb 2026: 12 in all, most in Feb 2026 (9).",
        ),
        (
            lambda: plots.cadence(pd.DataFrame({"follow_ups": [0, 1, 4], "threads": [10, 5, 2]})),
            "17 threads, most with 0 follow-ups, 2 beyond the advised limit of 3.",
        ),
        (
            lambda: plots.heatmap(
                pd.DataFrame({"weekday": [1, 1, 2], "hour": [9, 10, 9], "rate": [0.1, 0.4, 0.2]}),
                row="weekday",
                col="hour",
                value="rate",
                row_labels={1: "Mon", 2: "Tue"},
                title="Reply rate by send time",
                xlabel="Hour",
                ylabel="Weekday",
            ),
            "highest 40% at Mon, 10.",
        ),
    ],
)
def test_alt_text_of_each_chart_names_its_extremes(draw, expected):
    ax = draw()
    assert plots.alt_text(ax).endswith(expected)
