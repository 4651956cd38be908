"""Injection: payloads in names, companies, messages and outreach logs never execute.

The shared runs (``conftest.rendered``) render every report from an export and event logs
whose text carries HTML/JavaScript, Markdown and spreadsheet formulas. Each HTML report is
checked twice: statically (no script, handler, frame or remote URL in the markup) and in
headless Chromium (no dialog, no request but the file itself, the payload's side effect
never happens, and the payload reads as plain text on the page). A deliberately unsafe page
proves the browser harness notices each of those.
"""

from __future__ import annotations

import ast
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PACKAGE = Path(__file__).resolve().parents[2] / "networkkit"

#: Payloads the plain run must show as text: (report, payload as it is in the input).
VISIBLE = [
    ("network_report.html", "<b>Acme</b><script>window.__pwned=13</script>"),
    ("network_report.html", '"><iframe src="javascript:window.__pwned=14"></iframe>'),
    ("network_report.html", "**Globex** [docs](javascript:window.__pwned=16)"),
    ("network_report.html", "=cmd|' /C calc'!A0"),
    ("outreach_report.html", "<script>window.__pwned=1;alert(1)</script>"),
    ("outreach_report.html", '<img src=x onerror="window.__pwned=2">'),
    ("outreach_report.html", '=HYPERLINK("https://evil.example.org/x","click me")'),
    ("outreach_report.html", "**bold** [link](javascript:window.__pwned=3)"),
]

ACTIVE_TAGS = {
    "script",
    "iframe",
    "frame",
    "object",
    "embed",
    "svg",
    "math",
    "base",
    "form",
    "foreignobject",
}
#: networkkit's own figures are inline SVG drawn by matplotlib (text escaped, no script, no
#: link); every tag and attribute inside them is still checked like the rest of the page.
FIGURE_SVG_CLASSES = {"nk-figure-wide", "nk-figure-narrow"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background"}


class _Markup(HTMLParser):
    """Collect what in a page could run or fetch, and its visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.active: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        figure = tag == "svg" and dict(attrs).get("class") in FIGURE_SVG_CLASSES
        if tag in ACTIVE_TAGS and not figure:
            self.active.append(f"<{tag}>")
        if tag in {"style", "title"}:
            self._skip += 1
        for name, value in attrs:
            value = (value or "").strip()
            if name.startswith("on"):
                self.active.append(f"<{tag} {name}=…>")
            if name in URL_ATTRS and not value.startswith(("data:image/", "#")):
                self.active.append(f"<{tag} {name}={value[:60]!r}>")
            if tag == "meta" and name == "http-equiv" and value.lower() == "refresh":
                self.active.append("<meta refresh>")
            if tag == "link" and name == "rel" and "stylesheet" in value:
                self.active.append("<link stylesheet>")

    def handle_endtag(self, tag):
        if tag in {"style", "title"}:
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def _markup(path: Path) -> _Markup:
    parser = _Markup()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_markup_scan_flags_what_runs_and_passes_what_does_not():
    parser = _Markup()
    parser.feed(
        "<p>&lt;script&gt;x&lt;/script&gt; =HYPERLINK()</p><img src='data:image/png;base64,AA'>"
        "<script>x</script><img src=x onerror=y><a href='javascript:z'>a</a>"
        "<iframe src='https://evil.example.org'></iframe><link rel=stylesheet href='//x/y.css'>"
    )
    parser.close()
    assert sorted(parser.active) == sorted(
        [
            "<script>",
            "<img onerror=…>",
            "<img src='x'>",
            "<a href='javascript:z'>",
            "<iframe>",
            "<iframe src='https://evil.example.org'>",
            "<link href='//x/y.css'>",
            "<link stylesheet>",
        ]
    )
    assert "".join(parser.text).startswith("<script>x</script> =HYPERLINK()")


def _reports(rendered) -> list[Path]:
    return sorted(p for folder in rendered.values() for p in folder.glob("*.html"))


@pytest.mark.slow
def test_reports_hold_no_active_markup(rendered):
    found = {}
    for path in _reports(rendered):
        active = _markup(path).active
        if active:
            found[f"{path.parent.name}/{path.name}"] = sorted(set(active))[:10]
    assert not found, found
    assert len(_reports(rendered)) == 4


@pytest.mark.slow
def test_kept_notebooks_hold_no_active_markup(rendered):
    """The executed notebooks are opened in Jupyter too: their HTML and SVG outputs must be
    as inert as the reports (Jupyter runs script in outputs of a notebook it trusts)."""
    found = {}
    notebooks = sorted(p for folder in rendered.values() for p in folder.glob("*.ipynb"))
    assert len(notebooks) == 4
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                for mime in ("text/html", "image/svg+xml"):
                    if mime not in data:
                        continue
                    markup = data[mime]
                    parser = _Markup()
                    parser.feed("".join(markup) if isinstance(markup, list) else markup)
                    parser.close()
                    active = [a for a in parser.active if mime != "image/svg+xml" or a != "<svg>"]
                    if active:
                        found.setdefault(f"{path.parent.name}/{path.name}", []).extend(active)
                if "application/javascript" in data:
                    found.setdefault(f"{path.parent.name}/{path.name}", []).append("javascript")
    assert not found, {k: sorted(set(v))[:10] for k, v in found.items()}


@pytest.mark.slow
def test_reports_forbid_scripts_and_fetches_by_policy(rendered):
    for path in _reports(rendered):
        page = path.read_text(encoding="utf-8")
        assert 'http-equiv="Content-Security-Policy"' in page, path.name
        assert "default-src 'none'" in page, path.name


@pytest.mark.slow
@pytest.mark.parametrize(("report", "payload"), VISIBLE, ids=[p[:24] for _, p in VISIBLE])
def test_payload_is_shown_as_text(rendered, report, payload):
    text = "".join(_markup(rendered["plain"] / report).text)
    assert payload in text, f"{payload!r} is not shown as text in {report}"


# ------------------------------------------------------------------------------- Chromium


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (make browser)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _visit(browser, path: Path) -> dict:
    """Open ``path``; return dialogs, requests, console errors, the side effect, the text."""
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    seen: dict = {"dialogs": [], "requests": [], "console": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: seen["console"].append(m.text))
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("file:") else route.abort()
        ),
    )
    url = path.resolve().as_uri()
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # let onload/onerror handlers and timers fire
    seen["pwned"] = page.evaluate("typeof window.__pwned === 'undefined' ? null : window.__pwned")
    seen["text"] = page.inner_text("body")
    seen["url"] = url
    context.close()
    return seen


@pytest.mark.browser
def test_harness_notices_an_unsafe_page(browser, tmp_path):
    """Control: the same checks on a page that does run script and fetch."""
    page = tmp_path / "unsafe.html"
    page.write_text(
        "<html><body><p>x</p><script>window.__pwned=99;alert('boom')</script>"
        '<img src="http://127.0.0.1:9/pixel.png"></body></html>',
        encoding="utf-8",
    )
    seen = _visit(browser, page)
    assert seen["dialogs"] == ["boom"]
    assert seen["pwned"] == 99
    assert any(u.startswith("http://127.0.0.1:9/") for u in seen["requests"])


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("run", ["plain", "anonymized"])
@pytest.mark.parametrize("report", ["network_report.html", "outreach_report.html"])
def test_report_runs_nothing_in_chromium(browser, rendered, run, report):
    seen = _visit(browser, rendered[run] / report)
    assert seen["dialogs"] == [], seen["dialogs"]
    assert seen["pwned"] is None, f"a payload ran: window.__pwned = {seen['pwned']}"
    others = [u for u in seen["requests"] if u != seen["url"] and not u.startswith("data:")]
    assert others == [], f"the report fetched {others[:5]}"
    if run == "plain":
        for name, payload in VISIBLE:
            if name == report:
                assert payload in seen["text"], f"{payload!r} not visible as text"


# ------------------------------------------------------------------- CSV and spreadsheets

_CSV_CALLS = {"to_csv", "writer", "DictWriter", "to_excel", "write_csv", "writerow", "writerows"}


def _csv_writers() -> dict[str, list[int]]:
    """Modules of networkkit that write CSV or spreadsheets (by call name), with lines."""
    found: dict[str, list[int]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            if call and node.func.attr in _CSV_CALLS:
                found.setdefault(rel, []).append(node.lineno)
    return found


#: Writers of *inputs*: the sample generator writes raw LinkedIn-format files (the same
#: bytes LinkedIn would send), which are read, never opened in a spreadsheet by networkkit.
INPUT_WRITERS = ("sample/",)


def test_every_csv_writer_neutralises_formulas():
    """networkkit writes no CSV or spreadsheet from user data today (reports are HTML, the
    history is DuckDB); any writer added later must quote formula-like cells per OWASP."""
    found = _csv_writers()
    assert any(rel.startswith(INPUT_WRITERS) for rel in found), "the scan finds no writer"
    unsafe = {
        rel: lines
        for rel, lines in found.items()
        if not rel.startswith(INPUT_WRITERS)
        and "_csvsafe" not in (PACKAGE / rel).read_text(encoding="utf-8")
    }
    assert not unsafe, (
        f"CSV written without neutralising formulas: {unsafe}; prefix user text cells that "
        "start with = + - @ TAB or CR with ' through a shared helper (networkkit/_csvsafe.py)"
    )
