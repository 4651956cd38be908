"""Each section's show_* helper on a measure's real result: the rows it shows carry the
measure's own counts and intervals, its figure has its title, and its edge cases say so."""

from __future__ import annotations

import re
from html import unescape

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import networkkit as nk
from networkkit import network, outreach
from networkkit.reports import (
    _notebook,
    _summary,
    format_rate,
    show_cadence,
    show_comparison,
    show_figure,
    show_invitations,
    show_latency,
    show_met,
    show_offers,
    show_rates,
    show_reciprocity,
    show_reply_by_step,
    show_time_to_reply,
    show_unanswered,
)
from networkkit.reports._summary import show_answer, show_contents


@pytest.fixture(scope="module")
def ex(tmp_path_factory):
    """A 2026 sample export: 80 connections, 600 messages, 120 invitations."""
    folder = tmp_path_factory.mktemp("export")
    nk.sample.write_export(
        folder, connections=80, messages=600, invitations=120, seed=4, layout="2026"
    )
    return nk.load_export(folder)


@pytest.fixture
def page(monkeypatch):
    """What the helpers write: the HTML shown and the titles of the figures drawn."""
    shown: list[str] = []
    titles: list[str] = []
    monkeypatch.setattr(_notebook, "_display_html", shown.append)
    monkeypatch.setattr(_summary, "_display_html", shown.append)

    def record_title():  # the house style puts titles on the left
        ax = plt.gca()
        titles.append(ax.get_title(loc="left") or ax.get_title())
        plt.close(ax.figure)

    monkeypatch.setattr(plt, "show", record_title)
    return shown, titles


def _cell(row: pd.Series, rate: str, num: str, den: str) -> str:
    """The table cell a rate of one measure row must read as."""
    return f"<td>{format_rate(row[num], row[den], row[f'{rate}_low'], row[f'{rate}_high'])}</td>"


def _rows(html: str) -> list[list[str]]:
    """The body rows of the tables shown, as lists of cell texts (markup removed, unescaped)."""
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", tr, flags=re.S)
        if cells:
            rows.append([unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
    return rows


def test_show_met_shows_each_status_share_and_the_evidence(ex, page):
    shown, titles = page
    summary = network.met_in_person_summary(ex)
    evidence = network.met_in_person(ex)
    show_met(summary, evidence, top_n=5)
    html = "".join(shown)
    for _, row in summary.iterrows():
        assert _cell(row, "share", "connections", "total") in html
    assert titles == ["Connections met in person"]
    assert '<p class="nk-note">Where the evidence comes from:</p>' in html
    inferred = evidence[evidence["status"] == "inferred"]
    assert len(inferred) == 27
    assert f"<td>{inferred['full_name'].iloc[0]}</td>" in html


def test_show_invitations_shows_note_shares_and_acceptance_by_note(ex, page):
    shown, titles = page
    inv = network.invitations(ex)
    show_invitations(inv)
    html = "".join(shown)
    incoming = inv[(inv["direction"] == "incoming") & (inv["note"] == "all")].iloc[0]
    assert _cell(incoming, "note_share", "with_note", "invitations") in html
    for note in ("all", "with_note", "without_note"):
        row = inv[(inv["direction"] == "outgoing") & (inv["note"] == note)].iloc[0]
        label = "outgoing · " + note.replace("_", " ")
        assert [label, str(row["eligible"]), str(row["no_key"])] == next(
            c for c in _rows(html) if c and c[0] == label
        )[:3]
        assert _cell(row, "acceptance_rate", "accepted", "eligible") in html
    assert titles == ["Invitations with a personal note", "Your invitations accepted, by note"]


def test_show_invitations_says_when_no_invitation_can_be_measured(page):
    shown, titles = page
    young = nk.export.Export.from_frames(
        invitations=[
            {
                "sender_name": "Sam Member",
                "recipient_name": "Dana Lee",
                "sent_at": "2026-03-30",
                "direction": "outgoing",
                "invitee_key": "danalee",
            }
        ],
        as_of="2026-04-01",
    )
    show_invitations(network.invitations(young))
    assert shown[-1] == (
        '<p class="nk-missing">None of your invitations is old enough (21 days) and '
        "identifiable to measure acceptance.</p>"
    )
    assert titles == ["Invitations with a personal note"]


def test_show_reciprocity_shows_messaged_two_way_and_initiative(ex, page):
    shown, _ = page
    recip, init = network.reciprocity(ex), network.initiative(ex)
    show_reciprocity(recip, init)
    html = "".join(shown)
    row = recip.iloc[0]
    assert [str(row["connections"]), str(row["hidden"]), str(row["with_key"])] == ["80", "7", "73"]
    assert _rows(html)[0][:3] == ["80", "7", "73"]
    assert _cell(row, "messaged_share", "messaged", "with_key") in html
    assert _cell(row, "two_way_share", "two_way", "with_key") in html
    assert _cell(init.iloc[0], "initiative", "owner_started", "conversations") in html
    assert "conversations you started (95 % interval)" in html


def test_show_unanswered_shows_the_share_the_waiting_list_and_etiquette(ex, page):
    shown, _ = page
    summary = network.unanswered_summary(ex)
    waiting = network.unanswered(ex)
    etiquette = network.follow_up_etiquette(ex)
    show_unanswered(summary, waiting, etiquette, top_n=3)
    html = "".join(shown)
    assert _cell(summary.iloc[0], "unanswered_share", "unanswered", "started") in html
    assert "started ≥ 14 days ago" in html
    listed = [r[0] for r in _rows(shown[1])]
    assert listed == waiting["name"].head(3).tolist()  # top_n rows only, in the list's order
    assert len(waiting) == 7
    flagged = int(etiquette["flagged"].sum())
    assert shown[-1] == (
        f"<p>{flagged} of {len(etiquette)} conversations you started had more than three "
        "follow-ups within two weeks of the first message (the advised limit).</p>"
    )


def test_show_latency_gives_medians_with_intervals_or_not_reached(page):
    shown, _ = page
    latency = pd.DataFrame(
        {
            "who": ["owner_answers", "others_answer"],
            "conversations": [43, 43],
            "answered": [25, 36],
            "median_days": [6.715648, float("nan")],
            "median_days_low": [1.531123, float("nan")],
            "median_days_high": [float("nan"), float("nan")],
            "share_by_1d": [0.255814, 0.697674],
            "share_by_7d": [0.534884, 0.790698],
        }
    )
    show_latency(latency)
    assert _rows("".join(shown)) == [
        ["you answer others", "43", "25", "6.7 days", "25.6 %", "53.5 %"],
        ["others answer you", "43", "36", "not reached", "69.8 %", "79.1 %"],
    ]
    assert "answered by day 7" in shown[0]


def test_show_latency_on_the_measure(ex, page):
    shown, _ = page
    latency = network.response_latency(ex)
    show_latency(latency)
    others = latency[latency["who"] == "others_answer"].iloc[0]
    lo, m, hi = others["median_days_low"], others["median_days"], others["median_days_high"]
    assert f"<td>{m:.1f} days ({lo:.1f}–{hi:.1f})</td>" in shown[0]


def test_show_offers_shows_reply_rates_by_group_and_the_latest_offers(ex, page):
    shown, titles = page
    offers = network.inbound_offers(ex)
    summary = network.offer_summary(offers)
    show_offers(offers, summary, top_n=2)
    html = "".join(shown)
    for _, row in summary.iterrows():
        assert _cell(row, "reply_rate", "replied", "offers") in html
    assert titles == ["Offers you replied to"]
    newest = offers.sort_values("sent_at", ascending=False)["sender_name"]
    assert f"<td>{newest.iloc[0]}</td>" in html and f"<td>{newest.iloc[1]}</td>" in html


def test_show_time_to_reply_draws_the_curve_and_gives_median_and_shares(ex, page):
    shown, titles = page
    events = outreach.from_messages(ex)
    summary = outreach.time_to_reply(events)
    show_time_to_reply(summary, outreach.reply_curve(events), by=None)
    row = summary.iloc[0]
    assert len(titles) == 1
    html = "".join(shown)
    median = f"{row['median_days']:.1f} days ({row['median_low']:.1f}–{row['median_high']:.1f})"
    by_7 = (
        f"{100 * row['replied_by_7d']:.1f} % "
        f"({100 * row['replied_by_7d_low']:.1f}–{100 * row['replied_by_7d_high']:.1f} %)"
    )
    assert f"<td>{median}</td>" in html and f"<td>{by_7}</td>" in html
    assert "replied by day 7" in html and ">threads<" in html
    assert "censored at the end of the data" in shown[-1]


def test_show_reply_by_step_names_each_touch(ex, page):
    shown, titles = page
    steps = outreach.reply_by_step(outreach.from_messages(ex))
    show_reply_by_step(steps)
    rows = _rows("".join(shown))
    assert [r[0] for r in rows] == ["first touch", "follow-up 1", "follow-up 2", "follow-up 3"]
    for r, (_, step) in zip(rows, steps.iterrows(), strict=True):
        assert r[1] == str(step["received"])
        assert f"<td>{r[2]}</td>" == _cell(step, "reply_rate", "replied", "received")
    assert titles == ["Reply rate after each touch"]


def _two_templates() -> pd.DataFrame:
    """Forty threads per template: A replied 30 times, B 10 times."""
    rows = []
    for template, replies in (("A", 30), ("B", 10)):
        for i in range(40):
            tid = f"{template}{i}"
            at = pd.Timestamp("2026-01-05 09:00", tz="UTC") + pd.Timedelta(hours=i)
            rows.append((tid, "sent", at, template, f"{tid}@example.com"))
            if i < replies:
                rows.append(
                    (tid, "replied", at + pd.Timedelta(days=1), template, f"{tid}@example.com")
                )
    frame = pd.DataFrame(rows, columns=["thread_id", "event", "at", "template", "recipient_key"])
    return outreach.read_events(frame)


def test_show_comparison_gives_rates_the_test_and_its_verdict(page):
    shown, titles = page
    result = outreach.compare(_two_templates(), by="template")
    show_comparison(result, by="template")
    html = "".join(shown)
    assert "<td>30 / 40 = 75.0 %" in html and "<td>10 / 40 = 25.0 %" in html
    assert titles == ["Reply rate by template"]
    assert (
        f"<p>Across template groups the reply rates differ ({result.test}, statistic "
        f"{result.statistic:.2f}, p = {result.p_value:.3g}).</p>"
    ) in shown
    assert result.p_value < 0.05


def test_show_comparison_with_one_group_has_nothing_to_test(page):
    shown, _ = page
    events = _two_templates()
    result = outreach.compare(events[events["template"] == "A"], by="template")
    show_comparison(result, by="template")
    assert (
        "<p>Fewer than two template groups have delivered threads, so there is nothing to "
        "test.</p>"
    ) in shown


def test_show_cadence_gives_shares_within_the_advice_and_the_median_gap(ex, page):
    shown, titles = page
    events = outreach.from_messages(ex)
    counts, summary = outreach.follow_up_counts(events), outreach.cadence_summary(events)
    show_cadence(counts, summary)
    rows = _rows("".join(shown))
    within = summary[summary["within_etiquette"]].iloc[0]
    total = int(summary["threads"].sum())
    assert rows[0][0] == "≤ 3 follow-ups in 14 days"
    assert rows[0][1] == format_rate(within["threads"], total) == "44 / 44 = 100.0 %"
    assert rows[1][0] == "more than 3 in 14 days"
    assert len(titles) == 1
    assert shown[-1] == (
        f"<p>Median gap between touches: {counts.attrs['median_gap_days']:.1f} days over "
        f"{counts.attrs['threads_with_gaps']:,} threads with follow-ups.</p>"
    )


def test_show_rates_draws_one_bar_per_row_with_its_title(page):
    _, titles = page
    data = pd.DataFrame(
        {
            "group": ["personal", "templated"],
            "replied": [5, 3],
            "offers": [16, 8],
            "reply_rate": [5 / 16, 3 / 8],
            "reply_rate_low": [0.14, 0.14],
            "reply_rate_high": [0.56, 0.69],
        }
    )
    drawn = []
    original = plt.show

    def keep_labels():
        ax = plt.gca()
        drawn.append(
            ([t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts])
        )
        original()

    plt.show = keep_labels
    try:
        show_rates(
            data,
            label="group",
            rate="reply_rate",
            numerator="replied",
            denominator="offers",
            title="Offers you replied to",
        )
    finally:
        plt.show = original
    assert titles == ["Offers you replied to"]
    assert drawn == [(["templated", "personal"], ["3 / 8", "5 / 16"])]


def test_show_contents_links_every_section_in_order_to_its_heading(page):
    shown, _ = page
    show_contents(["Who you met", "Offers you replied to"])
    assert shown == [
        '<nav class="nk-toc" aria-label="Contents"><a href="#Who-you-met">Who you met</a>'
        '<a href="#Offers-you-replied-to">Offers you replied to</a></nav>'
    ]


def test_show_answer_is_one_escaped_sentence(page):
    shown, _ = page
    show_answer("You met about 1 in 4 of your connections <i>in person</i>.")
    assert shown == [
        '<p class="nk-answer">You met about 1 in 4 of your connections '
        "&lt;i&gt;in person&lt;/i&gt;.</p>"
    ]


def test_show_figure_inlines_wide_and_narrow_svg_labelled_by_the_alt_text(monkeypatch):
    import IPython.display

    out = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, raw: out.append(obj))
    fig, ax = plt.subplots()
    ax.bar(["Mon", "Tue"], [3, 5])
    ax.set_title("Threads by weekday")
    alt = "Tuesday has the most threads: 5, against 3 on Monday & Sunday none."
    show_figure(fig, alt=alt)
    markup = out[0]["text/html"]
    assert out[0]["text/plain"] == alt
    label = "Tuesday has the most threads: 5, against 3 on Monday &amp; Sunday none."
    assert markup.count(f'role="img" aria-label="{label}"') == 2  # wide and narrow drawings
    assert markup.count(f"<title>{label}</title>") == 2
    assert 'class="nk-figure-wide"' in markup and 'class="nk-figure-narrow"' in markup
    assert not plt.fignum_exists(fig.number)
