"""End to end: the CLI's HTML reports in a real headless Chromium (Debian's, never a download).

No console errors, no request leaves file://, the headings and figures render, and a
connection named ``<script>alert(1)</script>`` shows as text and runs nothing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from report_inputs import HOSTILE_FIRST, small_export

from networkkit import history
from networkkit.cli import main

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require_chromium() -> None:
    if CHROMIUM.exists() and shutil.which("chromium"):
        return
    message = "Debian's chromium is not installed (make browser installs it)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    export = small_export(root, hostile=True)
    out = root / "reports"
    history.record(
        out / "history.duckdb",
        kind="network",
        fingerprint="earlier",
        measures={"connections": 70, "messaged_share": 0.5},
        run_at="2026-11-15 07:00:00",
    )
    code = main(
        ["report", "all", "--export", str(export), "--out", str(out), "-q", "-p", "top_n", "500"]
    )
    assert code == 0
    return out


def _check_history_and_trend(reports: Path) -> None:
    """The CLI's successful run recorded its headline numbers and showed the trend."""
    runs = history.load(reports / "history.duckdb")
    assert sorted(runs.groupby("kind")["run_at"].nunique().items()) == [
        ("network", 2),
        ("outreach", 1),
    ]
    network = runs[(runs["kind"] == "network") & (runs["fingerprint"] != "earlier")]
    assert network.set_index("measure").loc["connections", "value"] == 80
    assert set(runs.loc[runs["kind"] == "outreach", "measure"]) >= {"threads_sent", "reply_rate"}
    html = (reports / "network_report.html").read_text(encoding="utf-8")
    assert "2026-11-15 07:00:00" in html  # the earlier run's column
    trend = html.split(">Compared with earlier runs", 1)[1].split(">What was read", 1)[0]
    assert '<figure class="nk-figure">' in trend  # rates across runs: messaged share has 2 points
    assert "first run recorded" in (reports / "outreach_report.html").read_text("utf-8")
    assert (reports / "network_report.ipynb").exists()
    assert (reports / "outreach_report.ipynb").exists()


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


def _open(browser, path: Path) -> dict:
    context = browser.new_context(java_script_enabled=True)
    seen = {"requests": [], "blocked": [], "console": [], "errors": [], "dialogs": []}

    def route(route):
        url = route.request.url
        if url.startswith("file://") or url.startswith("data:"):
            route.continue_()
        else:
            seen["blocked"].append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: seen["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))

    def on_dialog(dialog):
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    seen["page"] = page
    seen["context"] = context
    return seen


REPORTS = {
    "network_report": (
        [
            "Your network",
            "What to do next",
            "Who is waiting for your answer",
            "Recruiter messages",
            "Invitations waiting for you",
            "Relationships going quiet",
            "Whom you have met",
            "How your network grew",
            "Your profile at first sight",
            "How these numbers are computed",
        ],
        6,
    ),
    "outreach_report": (
        [
            "Your outreach",
            "What to do next",
            "Follow-ups",
            "Where threads drop out",
            "Which touch gets the reply",
            "When to send",
            "How fast people answer",
            "How these numbers are computed",
        ],
        5,
    ),
}


# one test for both reports and the CLI run's history: the CLI renders them once (xdist would
# split several tests of this module across workers and render twice)
def test_reports_in_chromium(reports, browser):
    _check_history_and_trend(reports)
    for name, (headings, min_images) in REPORTS.items():
        _check(browser, reports / f"{name}.html", name, headings, min_images)


def _check(browser, path, name, headings, min_images):
    seen = _open(browser, path)
    page = seen["page"]
    try:
        assert seen["dialogs"] == [], f"{name}: a script in the data ran"
        assert seen["errors"] == [], name
        assert [c for c in seen["console"] if c[0] in {"error", "warning"}] == [], name
        assert seen["blocked"] == [], name
        assert all(u.startswith(("file://", "data:")) for u in seen["requests"])
        shown = [h.strip().rstrip("¶").strip() for h in page.locator("h1, h2").all_inner_texts()]
        for heading in headings:
            assert heading in shown, f"{name}: {heading}"
        figures = page.locator("figure.nk-figure svg.nk-figure-wide")
        assert figures.count() >= min_images, name
        widths = page.eval_on_selector_all(
            "svg.nk-figure-wide", "els => els.map(e => e.getBoundingClientRect().width)"
        )
        assert all(w > 100 for w in widths), widths  # every figure drawn
        assert page.locator("script").count() == 0
        if name == "network_report":
            hostile = page.get_by_text(f"{HOSTILE_FIRST} Hacker", exact=False)
            assert hostile.count() >= 1, "the hostile name should show as text"
    finally:
        seen["context"].close()
