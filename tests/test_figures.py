"""Report figures as HTML: inline SVG with text as text, embedded glyphs, alt text, and a
missing glyph said once in the report."""

from __future__ import annotations

import html
import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from networkkit import plots
from networkkit.reports import _figures


@pytest.fixture(autouse=True)
def _house_style():
    with plt.style.context(plots.STYLE):
        yield
    plt.close("all")


def _top(names):
    data = pd.DataFrame({"company": names, "connections": range(len(names) + 3, 3, -1)})
    return plots.bars(
        data, label="company", value="connections", title="Top employers", xlabel="Connections"
    )


def test_a_figure_is_two_inline_svgs_with_alt_text_and_its_own_glyphs():
    ax = _top(["株式会社ミライデータ", "Acme Corp", r"$\frac$ Labs", "한빛소프트"])
    markup = _figures.figure_html(ax.figure)
    svgs = re.findall(r"<svg\b[^>]*>", markup)
    assert len(svgs) == 2  # the wide drawing and the phone one
    alt = plots.alt_text(ax.figure)
    for head in svgs:
        assert 'role="img"' in head
        assert f'aria-label="{html.escape(alt, quote=True)}"' in head
        assert " width=" not in head  # sized by the page, not fixed
    assert markup.count(f"<title>{html.escape(alt)}</title>") == 2
    assert ">株式会社ミライデータ</text>" in markup  # text kept as text
    assert r">$\frac$ Labs</text>" in markup
    # the glyphs used are embedded, each font with exactly its characters
    faces = re.findall(
        r"@font-face\{font-family:'([^']+)';font-weight:(\d+);[^}]*"
        r"unicode-range:([^}]*)\}",
        markup,
    )
    families = {family for family, _w, _r in faces}
    assert {"DejaVu Sans", "IPAexGothic", "Noto Sans CJK SC"} <= families
    ipa = next(r for f, w, r in faces if f == "IPAexGothic" and w == "400")
    assert f"U+{ord('ミ'):X}" in ipa.split(",")
    noto = next(r for f, w, r in faces if f == "Noto Sans CJK SC")
    assert f"U+{ord('한'):X}" in noto.split(",")
    assert "nk-missing" not in markup


def test_ids_are_unique_across_figures_in_one_page():
    first = _figures.figure_html(_top(["Acme", "Globex"]).figure)
    second = _figures.figure_html(_top(["Acme", "Globex"]).figure)
    ids = re.findall(r'\bid="([^"]+)"', first + second)
    assert len(ids) == len(set(ids)) > 10
    for ref in re.findall(r"url\(#([^)]+)\)", first + second):
        assert ref in ids


def test_the_narrow_drawing_is_narrow_and_the_figure_keeps_its_size():
    ax = _top(["Acme", "Globex"])
    ax.figure.set_size_inches(8, 4)
    markup = _figures.figure_html(ax.figure)
    boxes = re.findall(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', markup)
    assert [float(w) for w, _h in boxes] == [576.0, 72 * _figures.NARROW_WIDTH]
    assert list(ax.figure.get_size_inches()) == [8, 4]


def test_a_missing_glyph_is_said_once_in_the_report(monkeypatch):
    monkeypatch.setattr(_figures, "_reported_glyphs", set())
    notes = []
    for _ in range(2):
        ax = plt.figure().gca()
        ax.set_title("Acme \ue000 Corp")
        markup = _figures.figure_html(ax.figure)
        notes.append(re.findall(r'<p class="nk-missing">([^<]*)</p>', markup))
    assert notes[0] == [
        "No installed font can draw “\ue000” (U+E000): figures show an empty box in its place."
    ]
    assert notes[1] == []  # said once


def test_a_hand_drawn_figure_gets_a_computed_alt_text():
    ax = plt.figure().gca()
    ax.hist([1, 5, 9, 400], bins=4)
    ax.set(title="Days since the last message", xlabel="Days", ylabel="Connections")
    markup = _figures.figure_html(ax.figure)
    assert 'aria-label="Chart “Days since the last message”' in markup


def _faces(markup):
    """(family, weight) → the code points of the ``@font-face`` rules in ``markup``."""
    found: dict[tuple[str, str], set[int]] = {}
    for family, weight, ranges in re.findall(
        r"@font-face\{font-family:'([^']+)';font-weight:(\d+);[^}]*unicode-range:([^}]*)\}",
        markup,
    ):
        found.setdefault((family, weight), set()).update(
            int(part.removeprefix("U+"), 16) for part in ranges.split(",")
        )
    return found


def test_in_a_report_each_glyph_is_embedded_once(monkeypatch):
    monkeypatch.setattr(_figures, "_page", None)
    _figures.start_page()
    first = _faces(_figures.figure_html(_top(["Acme", "Globex"]).figure))
    # the first figure embeds the common Latin characters with the font, drawn or not
    regular = first[("DejaVu Sans", "400")]
    assert {ord("A"), ord("z"), ord("é"), ord("–")} <= regular
    # a figure of common characters only embeds nothing more
    assert _faces(_figures.figure_html(_top(["Initech", "Umbrella"]).figure)) == {}
    # a new character is embedded alone, in the font that draws it
    third = _faces(_figures.figure_html(_top(["Ωmega", "株式会社ミライ"]).figure))
    assert third[("DejaVu Sans", "400")] == {ord("Ω"), 0x20}
    assert {ord("株"), ord("ミ")} <= third[("IPAexGothic", "400")]


def test_outside_a_report_every_figure_carries_its_own_glyphs(monkeypatch):
    monkeypatch.setattr(_figures, "_page", None)
    for _ in range(2):
        faces = _faces(_figures.figure_html(_top(["Acme", "Globex"]).figure))
        assert {ord(c) for c in "AcmeGlobx"} <= faces[("DejaVu Sans", "400")]


def test_titles_are_wrapped_to_end_inside_the_figure_in_few_drawings(monkeypatch):
    # long category labels push the Axes far right: a long title starting there is wrapped
    # to end inside the figure, on the phone drawing and, when needed, on the wide one
    names = [f"Northwind Traders International Holdings {i}" for i in range(6)]
    ax = _top(names)
    title = "Connections by current employer, the six largest, over the whole export"
    ax.set_title(title, loc="left")
    fig = ax.figure
    drawn = []
    real_svg = _figures._svg

    def spy(figure, prefix):
        out = real_svg(figure, prefix)
        boxes = _figures._title_boxes(figure, [(ax, "left", title)])
        drawn.append((prefix[-1], ax.get_title("left"), boxes[0].x1 <= figure.bbox.x1 + 0.5))
        return out

    monkeypatch.setattr(_figures, "_svg", spy)
    _figures.figure_html(fig)
    assert drawn[0][:2] == ("w", title)  # drawn whole first
    for kind in "wn":
        mine = [d for d in drawn if d[0] == kind]
        assert 1 <= len(mine) <= 2  # measured, not redrawn per try
        _kind, last, fits = mine[-1]
        assert fits  # the drawing kept ends inside its figure
        assert " ".join(last.split()) == title  # wrapped between words, nothing lost
    assert "\n" in [d for d in drawn if d[0] == "n"][-1][1]
    assert ax.get_title("left") == title  # the figure is left as it was


def _rules(markup):
    """(code points, base64 data) of each ``@font-face`` rule in ``markup``."""
    return [
        ({int(p.removeprefix("U+"), 16) for p in ranges.split(",")}, data)
        for data, ranges in re.findall(
            r"base64,([A-Za-z0-9+/=]+)\) format\('woff'\);unicode-range:([^}]*)\}", markup
        )
    ]


def test_only_the_common_characters_subset_is_kept_between_runs(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    common = _figures.COMMON_CHARS | {0x20}

    def page():
        monkeypatch.setattr(_figures, "_page", None)
        _figures.start_page()
        getattr(_figures._subset, "cache_clear", lambda: None)()  # no subset in memory
        return _figures.figure_html(_top(["Acme", "株式会社ミライ"]).figure)

    first = _rules(page())
    kept = {p.read_text() for p in (tmp_path / "networkkit" / "fonts").glob("*.woff.b64")}
    assert kept  # the common subsets, ready for the next run
    for codepoints, data in first:
        # kept exactly when the rule holds nothing but common characters (no member data)
        assert (data in kept) == (codepoints <= common)
    assert any(ord("株") in cps and data not in kept for cps, data in first)

    # the next run reads them back: subsetting is asked only for the member's own characters
    asked = []
    real_subset = _figures._subset.__wrapped__

    def subset(path, codepoints):
        asked.append(codepoints)
        return real_subset(path, codepoints)

    monkeypatch.setattr(_figures, "_subset", subset)
    assert _rules(page()) == first
    assert asked and all(not cps <= common for cps in asked)


def test_a_cache_folder_that_cannot_be_written_only_means_nothing_is_kept(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(_figures, "_page", None)
    _figures.start_page()
    _figures._subset.cache_clear()
    markup = _figures.figure_html(_top(["Acme", "Globex"]).figure)
    assert ("DejaVu Sans", "400") in _faces(markup)
