"""The reports as readers see them, in a real headless Chromium: on a laptop, on a 400 px
phone and printed; with names in every script and a ``$\\frac$`` in a company name."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
import pytest
from report_inputs import small_export
from test_browser import ARGS, CHROMIUM, _require_chromium

from networkkit.cli import main

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: Company names in every script the figures must draw, and one that looks like mathtext.
COMPANIES = [
    "株式会社ミライデータ",
    "腾讯云计算有限公司",
    "한빛소프트 주식회사",
    "ООО «Северный ветер»",
    "Ελληνικά Δεδομένα Α.Ε.",
    "شركة البيانات العربية",
    "דאטה ישראל בע״מ",
    r"$\frac$ Labs",
    "Façade Études S.A.",
]

#: CSS width of the printable area of A4 with the stylesheet's 14 mm side margins (96 px/in).
A4_PRINT_PX = round((210 - 2 * 14) / 25.4 * 96)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("layout")
    export = small_export(root)
    path = export / "Connections.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    head, table = lines[:3], pd.read_csv(path, skiprows=3, dtype=str, keep_default_na=False)
    table["Company"] = [COMPANIES[i % len(COMPANIES)] for i in range(len(table))]
    path.write_text("".join(head) + table.to_csv(index=False), encoding="utf-8")
    out = root / "reports"
    assert main(["report", "all", "--export", str(export), "--out", str(out), "-q"]) == 0
    return out


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


def _page(browser, path: Path, width: int, media: str = "screen"):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.emulate_media(media=media)
    page.goto(path.as_uri(), wait_until="load")
    page.evaluate("document.fonts.ready")
    return context, page


#: Each visible figure text's size in CSS px: its font size times the drawing's scale.
_TEXT_SIZES = """() => [...document.querySelectorAll('figure.nk-figure svg text')]
  .filter(t => t.ownerSVGElement.getBoundingClientRect().width > 0)
  .map(t => [t.textContent,
             parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a])"""

#: Tables (and their frames) whose content is wider than their box: clipped or scrolling.
_CLIPPED = """() => [...document.querySelectorAll('table, .nk-table-frame')]
  .filter(t => t.scrollWidth > t.clientWidth + 1)
  .map(t => [t.className, t.scrollWidth, t.clientWidth, t.innerText.slice(0, 60)])"""


# one test per module: the reports are rendered once (xdist would split several tests of this
# module across workers and render twice)
def test_reports_read_right_on_a_laptop_a_phone_and_paper(reports, browser):
    for name in ("network_report", "outreach_report"):
        path = reports / f"{name}.html"
        text = path.read_text(encoding="utf-8")
        assert "No description has been provided" not in text
        assert "nk-missing" not in text or "No installed font" not in text  # every glyph drawn
        if name == "network_report":
            # the employers are a table since the redesign (issue 15): shown as typed, as text
            # (never mathtext); every script drawn in a figure is tests/test_plot_text.py's
            # (the table above the appendix shows the first rows; the notebook keeps them all)
            shown = html.unescape(text)
            typed = [company for company in COMPANIES if f">{company}<" in shown]
            assert len(typed) >= 5 and r"$\frac$ Labs" in typed, typed
            kept = html.unescape((reports / f"{name}.ipynb").read_text(encoding="utf-8"))
            for company in COMPANIES:
                assert company in kept or json.dumps(company)[1:-1] in kept, company
        _laptop(browser, path, name)
        _phone(browser, path, name)
        _paper(browser, path, name)


def _laptop(browser, path: Path, name: str) -> None:
    context, page = _page(browser, path, 1280)
    try:
        figures = page.locator("figure.nk-figure svg.nk-figure-wide")
        assert figures.count() >= 4, name
        labels = page.eval_on_selector_all(
            "svg[role=img]",
            "els => els.map(e => [e.getAttribute('aria-label'), e.querySelector('title') &&"
            " e.querySelector('title').textContent])",
        )
        for label, title in labels:  # alt text on every figure: one computed sentence
            assert label and label == title and label.endswith(".") and len(label) > 30, label
        for box in page.eval_on_selector_all(
            "svg.nk-figure-wide", "els => els.map(e => e.getBoundingClientRect().width)"
        ):
            assert 500 < box <= 960, (name, box)
        assert page.locator("svg.nk-figure-narrow").first.is_hidden()
    finally:
        context.close()


def _phone(browser, path: Path, name: str) -> None:
    context, page = _page(browser, path, 400)
    try:
        sizes = page.evaluate(_TEXT_SIZES)
        assert len(sizes) > 50, name
        small = [(t, round(s, 1)) for t, s in sizes if s < 9]
        assert small == [], (name, small[:5])
        assert page.locator("svg.nk-figure-wide").first.is_hidden()
        widths = page.eval_on_selector_all(
            "svg.nk-figure-narrow",
            "els => els.map(e => [e.getBoundingClientRect().width, e.parentElement.clientWidth])",
        )
        assert widths and all(300 <= w >= c - 1 for w, c in widths), widths  # fill the width
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        # a wide table scrolls inside its frame, and says so
        frames = page.locator(".nk-table-frame")
        assert frames.count() > 0
        assert page.locator(".nk-scroll-cue").first.is_visible()
    finally:
        context.close()


def _paper(browser, path: Path, name: str) -> None:
    context, page = _page(browser, path, A4_PRINT_PX, media="print")
    try:
        assert page.evaluate(_CLIPPED) == [], name
        widths = page.eval_on_selector_all(
            "svg.nk-figure-wide", "els => els.map(e => e.getBoundingClientRect().width)"
        )
        assert widths and all(w <= A4_PRINT_PX for w in widths)
        assert page.locator("svg.nk-figure-narrow").first.is_hidden()
        pdf = page.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2
    finally:
        context.close()
