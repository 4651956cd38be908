"""The redesigned reports (issue 15): headline band and "What to do next" first, answers in
words above the appendix, and a funnel that never goes back up.

Each report is rendered once per input (module fixtures): the bundled sample, and the
hand-built export and outreach log of ``tests/fixtures/actions`` whose right actions are
listed in its README. The browser checks (the first 1280×800 screen, the page length) run in
Debian's Chromium.
"""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import pytest
from report_inputs import SAMPLE_OUTREACH

import networkkit as nk
from networkkit import prepare
from networkkit.cli import build_parameters
from networkkit.reports import render

pytestmark = pytest.mark.slow

ACTIONS = Path(__file__).resolve().parents[1] / "fixtures" / "actions"
APPENDIX = 'id="How-these-numbers-are-computed"'

#: The fixture README's expected actions, in order: (person or thread, words of the reason).
NETWORK_ACTIONS = [
    ("Reply to Ava Archer", "19 days ago"),
    ("Reply to Ben Brook", "9 days ago"),
    ("Answer Rita Reyes", "recruiter message written for you"),
    ("Accept Hana Hill", "saying you met in person"),
    ("Accept Ivan Ivory", "with a personal note"),
    ("Reconnect with Dana Dale", "every 30 days, but it has been 153 days"),
    ("Reconnect with Eli Eaton", "every 14 days, but it has been 42 days"),
    ("Review the invitation from Jon Jones", "without a note"),
]
OUTREACH_ACTIONS = [
    ("Follow up on thread f2", "1 follow-up so far"),
    ("Follow up on thread f1", "no follow-up so far"),
    ("Follow up on thread f8", "by email like the first touch"),
    ("Stop following up thread f6", "4 follow-ups"),
    ("Stop following up thread f4", "3 follow-ups"),
    ("Stop following up thread f5", "past the 14-day window"),
    ("Pause template “B”", "1 reply from 20"),
]

#: What must not show above the appendix: codes, method names, ids, parameter names.
FORBIDDEN = [
    r"\bnot_met\b",
    r"\bund\b",
    r"\bnb\b",
    r"recruiter_title",
    r"job_phrase",
    r"first_name",
    r"near_duplicate",
    r"Kaplan",
    r"chi-square",
    r"\bHolm\b",
    r"Wilson",
    r"median not reached",
    r"\b2-[A-Za-z0-9+/]{6,}={0,2}",  # a LinkedIn conversation id
    r"\btop_n\b",
    r"\bcompare_by\b",
    r"\breply_window_days\b",
    r"\bhistory_path\b",
    r"\bannotations_path\b",
]


def _render(kind: str, root: Path, *, export: Path | None, outreach: Path | None) -> str:
    params = build_parameters(kind, export=export, outreach=outreach, out_dir=root)
    result = render(kind, parameters=params, out_dir=root, progress=False)
    return str(result.html)


# under xdist the tests reading it share one worker (conftest's SHARED), which renders each
# report once
@pytest.fixture(scope="module")
def rendered(tmp_path_factory, sample_reports) -> dict[str, Path]:
    """Each report rendered once per input: the bundled sample (the session's renders, which
    other test files read too) and the hand-built fixtures."""
    root = tmp_path_factory.mktemp("layout")
    return {
        "network-sample": sample_reports("network").html,
        "outreach-sample": sample_reports("outreach").html,
        "network-fixture": Path(
            _render("network", root / "nf", export=ACTIONS / "export", outreach=None)
        ),
        "outreach-fixture": Path(
            _render("outreach", root / "of", export=None, outreach=ACTIONS / "outreach.csv")
        ),
    }


def _text(markup: str) -> str:
    """Visible text of HTML: no style blocks, no images (their data may hold any letters)."""
    markup = re.sub(r"<style.*?</style>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<img[^>]*>", " ", markup, flags=re.I)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", markup))


def _items(markup: str) -> list[str]:
    block = markup.split('id="next-actions"', 1)[1].split("</section>", 1)[0]
    ol = block.split("<ol>", 1)[1].split("</ol>", 1)[0]
    return [" ".join(_text(li).split()) for li in re.findall(r"<li>(.*?)</li>", ol, re.S)]


@pytest.mark.parametrize("name", ["network-sample", "outreach-sample"])
def test_contract_on_the_sample(rendered, name):
    markup = rendered[name].read_text(encoding="utf-8")
    assert markup.count('id="headline"') == 1
    assert markup.count('id="next-actions"') == 1
    order = [markup.index(mark) for mark in ('id="headline"', 'id="next-actions"', APPENDIX)]
    assert order == sorted(order)
    items = _items(markup)
    assert 1 <= len(items) <= 10
    assert all(" — " in item for item in items)  # who, then the reason


@pytest.mark.parametrize(
    ("name", "expected"),
    [("network-fixture", NETWORK_ACTIONS), ("outreach-fixture", OUTREACH_ACTIONS)],
)
def test_each_expected_action_names_who_and_why(rendered, name, expected):
    items = _items(rendered[name].read_text(encoding="utf-8"))
    assert len(items) == len(expected), items
    for item, (who, why) in zip(items, expected, strict=True):
        assert item.startswith(who), (item, who)
        assert why in item, (item, why)


@pytest.mark.parametrize(
    "name", ["network-sample", "outreach-sample", "network-fixture", "outreach-fixture"]
)
def test_no_codes_or_method_names_above_the_appendix(rendered, name):
    markup = rendered[name].read_text(encoding="utf-8")
    main, appendix = markup.split(APPENDIX, 1)
    text = _text(main)
    for pattern in FORBIDDEN:
        found = re.search(pattern, text)
        assert not found, f"{name}: {found.group(0)!r} above the appendix"
    # the methods are named, just lower down
    assert "Kaplan–Meier" in appendix and "Wilson" in appendix


def test_network_fixture_headline_and_profile(rendered):
    text = " ".join(_text(rendered["network-fixture"].read_text(encoding="utf-8")).split())
    band = text.split("What to do next", 1)[0]
    assert "3 of 11" in band  # new connections in the last 90 days, of all
    assert "1 of 11" in band  # met in person
    assert "3 of 6" in band and "2 of 3" in band  # the two reply rates
    assert "Your profile lacks: skills." in text
    assert "Showing the first 5 of" not in text.split("How these numbers are computed")[0]


def test_outreach_fixture_headline(rendered):
    text = " ".join(_text(rendered["outreach-fixture"].read_text(encoding="utf-8")).split())
    band = text.split("What to do next", 1)[0]
    assert "14 of 49" in band and "7 of 49" in band and "13 of 29" in band
    assert "Best template: A" in band
    assert "3 Follow-ups due now" in band


@pytest.mark.parametrize(
    "events",
    [SAMPLE_OUTREACH, ACTIONS / "outreach.csv"],
    ids=["sample", "fixture"],
)
def test_no_funnel_stage_above_the_one_before(events):
    """What the funnel figure draws: each stage over its own denominator, never above it."""
    inputs = prepare.outreach_input("", str(events))
    stages = nk.outreach.funnel_stages(nk.outreach.funnel(inputs.events, as_of=inputs.as_of))
    tracked = stages[stages["tracked"]]
    assert (tracked["numerator"] <= tracked["denominator"]).all()
    assert tracked["rate"].between(0, 1).all()
    pairs = zip(tracked.iloc[:-1].iterrows(), tracked.iloc[1:].iterrows(), strict=True)
    for (_, a), (_, b) in pairs:
        if a["denominator_label"] == b["denominator_label"]:
            assert b["numerator"] <= a["numerator"]
    # the sample's clicks (157) and replies (306) are over different, named denominators
    assert len(set(stages["denominator_label"])) == len(stages)
    untracked = stages[~stages["tracked"]]
    assert untracked["rate"].isna().all()


@pytest.mark.browser
def test_headline_and_actions_in_the_first_screen(rendered):
    from test_browser import ARGS, CHROMIUM, _require_chromium

    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = chromium.new_page(viewport={"width": 1280, "height": 800})
            for name, path in rendered.items():
                page.goto(path.as_uri(), wait_until="load")
                band = page.locator("#headline").bounding_box()
                actions = page.locator("#next-actions ol").bounding_box()
                assert band is not None and band["y"] >= 0
                assert band["y"] + band["height"] <= 800, name
                assert actions is not None and actions["y"] < 800, name
                assert actions["y"] + actions["height"] <= 800, f"{name}: actions below the fold"
                assert page.locator("#next-actions ol > li").count() >= 1
                if name.startswith("network"):
                    appendix = page.locator("#How-these-numbers-are-computed").bounding_box()
                    assert appendix["y"] <= 5.5 * 800, f"{name}: {appendix['y']:.0f} px"
        finally:
            chromium.close()
