"""Figures in the report: inline SVG with text kept as text, sized for laptop and phone.

A matplotlib figure becomes one HTML ``<figure>`` holding two SVG drawings of it: the wide one
(the figure's own size) and a narrow one (:data:`NARROW_WIDTH` inches wide, the same font sizes)
that the stylesheet shows on narrow screens, so figure text stays readable on a 400 px phone.
Each drawing carries the figure's alt text (``role="img"``, ``aria-label`` and ``<title>``),
and the glyphs it uses are embedded as font subsets (``@font-face`` with a ``unicode-range``),
so every script reads the same in any browser, offline. A glyph no installed font has is
reported once, as a sentence under the figure that first needs it.

In a report (after :func:`install`) each glyph is embedded once per page: the first figure
that uses a font embeds it with the common Latin characters (:data:`COMMON_CHARS`), and a
later figure embeds only what no earlier one did (the ``@font-face`` rules of one family add
up through their ``unicode-range``). Subsetting a font costs about half a second of CPU, so
this is one or two subsets per report instead of two per figure, and no glyph twice in the
HTML. :func:`figure_html` outside a report stays self-contained.

:func:`install` makes every ``plt.show()`` of a notebook go through :func:`figure_html`.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import html
import io
import itertools
import os
import re
import tempfile
import textwrap
import warnings
from collections.abc import Iterable
from typing import Any

from networkkit.reports._workdir import user_cache

__all__ = ["COMMON_CHARS", "NARROW_WIDTH", "figure_html", "install", "show_figure", "start_page"]

#: Width (inches) of the phone drawing of every figure: at 360 CSS px it scales text by 1.25.
NARROW_WIDTH = 4.0

#: Fewest characters a wrapped title line keeps on the narrow drawing.
_MIN_TITLE_CHARS = 12

_ids = itertools.count(1)
_reported_glyphs: set[str] = set()

#: Characters embedded with a font the first time a page uses it, whether drawn yet or not:
#: printable ASCII, Latin-1 and Latin Extended-A letters, and the typographic punctuation
#: the reports write (dashes, quotes, ellipsis, bullet, minus, times, euro).
COMMON_CHARS: frozenset[int] = frozenset(
    [
        *range(0x21, 0x7F),
        *range(0xA1, 0x180),
        *(0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2212, 0x20AC),
    ]
)

#: The page being written (see :func:`install`): (font file, CSS weight) → the characters
#: already embedded in it; ``None`` outside a report, where every figure carries its glyphs.
_page: dict[tuple[str, int], set[int]] | None = None


def start_page() -> None:
    """Start a new page: the next figure embeds its fonts afresh, later ones only new glyphs."""
    global _page
    _page = {}


_GLYPH_WARNING = re.compile(r"Glyph \d+ \(.*\) missing from font|missing from font\(s\)")
_TEXT = re.compile(r"<text\b([^>]*)>(.*?)</text>", re.S)
_WEIGHT = re.compile(r"font-weight:\s*(\w+)")


def _svg(fig: Any, prefix: str) -> tuple[str, list[str]]:
    """Draw ``fig`` as SVG with text as text; ids are prefixed to be unique in the page.

    Returns the ``<svg>`` element and the characters matplotlib warned it has no glyph for.
    """
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    engine = fig.get_layout_engine()
    with (
        warnings.catch_warnings(record=True) as caught,
        plt.rc_context({"svg.fonttype": "none", "text.parse_math": False}),
    ):
        warnings.simplefilter("always")
        if engine is not None:
            # laid out once, on the canvas's renderer, then drawn once: with its layout
            # engine, savefig draws the figure twice and lays it out each time (four
            # passes over every text instead of two)
            engine.execute(fig)
            with plt.rc_context(
                {"figure.autolayout": False, "figure.constrained_layout.use": False}
            ):
                fig.set_layout_engine(None)
        try:
            fig.savefig(buffer, format="svg", metadata={"Date": None})
        finally:
            if engine is not None:
                fig.set_layout_engine(engine)
    missing = [
        str(w.message) for w in caught if _GLYPH_WARNING.search(str(w.message))
    ]  # "Glyph 57344 (\ue000) missing from font(s) DejaVu Sans."
    for w in caught:
        if not _GLYPH_WARNING.search(str(w.message)):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r'\bid="', f'id="{prefix}-', svg)
    svg = svg.replace("url(#", f"url(#{prefix}-").replace('href="#', f'href="#{prefix}-')
    glyphs = []
    for message in missing:
        match = re.search(r"Glyph (\d+)", message)
        if match:
            glyphs.append(chr(int(match.group(1))))
    return svg, glyphs


def _dress(svg: str, *, alt: str, css_class: str, max_px: float) -> str:
    """Make the drawing responsive and accessible: no fixed size, an ARIA image with a title.

    It fills the width it is given, up to ``max_px`` CSS pixels.
    """
    head_end = svg.index(">")
    head = svg[:head_end]
    head = re.sub(r'\s(width|height)="[^"]*"', "", head, count=2)
    label = html.escape(alt, quote=True)
    head += (
        f' class="{css_class}" role="img" aria-label="{label}" style="max-width:{max_px:.0f}px"'
    )
    return f"{head}>\n<title>{label}</title>{svg[head_end + 1 :]}"


def _texts(svgs: Iterable[str]) -> dict[str, set[str]]:
    """Characters drawn, by font weight ("normal" or "bold")."""
    chars: dict[str, set[str]] = {"normal": set(), "bold": set()}
    for svg in svgs:
        for attrs, body in _TEXT.findall(svg):
            weight = _WEIGHT.search(attrs)
            bold = weight is not None and weight.group(1) in {"bold", "700", "800", "900"}
            chars["bold" if bold else "normal"].update(html.unescape(body))
    return chars


@functools.lru_cache(maxsize=32)
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap())


@functools.lru_cache(maxsize=256)
def _subset(path: str, codepoints: frozenset[int]) -> str:
    """Return a WOFF subset of the font at ``path`` holding ``codepoints``, base64."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]  # Arabic joining forms, ligatures
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing a browser reads
    # no timestamp: the same glyphs give the same bytes (reproducible reports, kept subsets)
    with TTFont(path, fontNumber=0, recalcTimestamp=False) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(codepoints))
        subsetter.subset(font)
        out = io.BytesIO()
        font.flavor = "woff"
        font.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


def _common_subset(path: str, codepoints: frozenset[int]) -> str:
    """:func:`_subset` of a font's common characters, kept on disk between runs.

    Only these are kept: the set is the same for every export (nothing of the member's data
    is written outside the report), and it is the subset every report needs first. The key
    is the font file's identity (path, size, modification time), the code points and the
    fontTools version; a folder that cannot be written only means no keeping.
    """
    from fontTools import version as fonttools_version

    stat = os.stat(path)
    key = hashlib.sha256(
        repr(
            (
                "woff, no timestamp",
                path,
                stat.st_size,
                stat.st_mtime_ns,
                sorted(codepoints),
                fonttools_version,
            )
        ).encode()
    ).hexdigest()[:32]
    kept = user_cache("fonts") / f"{key}.woff.b64"
    with contextlib.suppress(OSError, UnicodeDecodeError):
        data = kept.read_text(encoding="ascii")
        if data:
            return data
    data = _subset(path, codepoints)
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        fd, pending = tempfile.mkstemp(dir=kept.parent, suffix=".part")
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(data)
        os.replace(pending, kept)  # whole or absent: never a half-written subset
    except OSError:
        pass
    return data


def _face(family: str, weight: int, codepoints: set[int], data: str) -> str:
    ranges = ",".join(f"U+{c:X}" for c in sorted(codepoints))
    return (
        f"@font-face{{font-family:'{family}';font-weight:{weight};"
        f"src:url(data:font/woff;base64,{data}) format('woff');unicode-range:{ranges}}}"
    )


def _font_faces(svgs: Iterable[str]) -> str:
    """``@font-face`` rules embedding the glyphs the drawings use, family by family.

    Each rule's ``unicode-range`` is exactly its characters, so the rules of several figures
    with the same family add up instead of replacing each other.
    """
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    families = [f for f in plt.rcParams["font.family"] if f not in {"sans-serif", "serif"}]
    bold_families = {e.name for e in font_manager.fontManager.ttflist if e.weight in (700, "bold")}
    rules = []
    for weight, chars in _texts(svgs).items():
        todo = {ord(c) for c in chars if not c.isspace()}
        for family in families:
            if not todo:
                break
            has_weight = weight == "normal" or family in bold_families
            try:
                path = font_manager.findfont(
                    font_manager.FontProperties(
                        family=family, weight=weight if has_weight else "normal"
                    ),
                    fallback_to_default=False,
                )
            except ValueError:
                continue
            cmap = _cmap(path)
            have = todo & cmap
            if not have:
                continue
            todo -= have
            css_weight = 700 if weight == "bold" else 400
            if _page is not None:  # in a report: only what the page does not hold yet
                embedded = _page.setdefault((path, css_weight), set())
                if not embedded:
                    # the common characters first, in a rule of their own (kept on disk)
                    common = (COMMON_CHARS & cmap) | {0x20}
                    data = _common_subset(path, frozenset(common))
                    rules.append(_face(family, css_weight, common, data))
                    embedded |= common
                have -= embedded
                embedded |= have
                if not have:
                    continue
            have |= {0x20}
            rules.append(_face(family, css_weight, have, _subset(path, frozenset(have))))
    return "\n".join(rules)


def _title_text(ax: Any, loc: str) -> Any:
    return {"left": ax._left_title, "center": ax.title, "right": ax._right_title}[loc]


def _title_boxes(fig: Any, titles: list[tuple[Any, str, str]]) -> list[Any]:
    """Each title's extent (display pixels) at the layout the figure's last drawing left.

    Measured on the figure's own canvas renderer: a text measure each, no drawing.
    """
    renderer = fig.canvas.get_renderer()
    with warnings.catch_warnings():
        # a glyph no font has is said once, under the figure (see _svg), not here
        warnings.filterwarnings("ignore", message=r"(?s).*missing from font")
        return [_title_text(ax, loc).get_window_extent(renderer) for ax, loc, _ in titles]


def _wrap_titles(fig: Any, titles: list[tuple[Any, str, str]], boxes: list[Any]) -> bool:
    """Wrap each title whose extent (``boxes``) ends right of the figure to what fits.

    Returns whether any title was wrapped (the figure then needs drawing again).
    """
    changed = False
    right = fig.bbox.x1
    for (ax, loc, title), box in zip(titles, boxes, strict=True):
        if box.x1 <= right or box.width <= 0:
            continue
        share = max(0.0, (right - box.x0) / box.width)
        longest = max(len(line) for line in _title_text(ax, loc).get_text().split("\n"))
        chars = max(_MIN_TITLE_CHARS, int(longest * share * 0.9))
        if chars < longest:
            ax.set_title(textwrap.fill(title, chars), loc=loc)
            changed = True
    return changed


def _fitted(fig: Any, titles: list[tuple[Any, str, str]], prefix: str) -> tuple[str, list[str]]:
    """Draw ``fig`` (:func:`_svg`); while a title ends right of it, wrap and draw again.

    Each check is a text measure; a redraw happens only when a title still overflows (it
    used to be a whole drawing per try, most of a figure's cost).
    """
    drawn = _svg(fig, prefix)
    for _retry in range(3):
        if not _wrap_titles(fig, titles, _title_boxes(fig, titles)):
            break
        drawn = _svg(fig, prefix)
    return drawn


def figure_html(fig: Any, *, alt: str | None = None) -> str:
    """Return a figure as report HTML: wide and narrow inline SVG, fonts, alt text.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure (left at its own size afterwards).
    alt : str, optional
        What the figure shows, in one sentence; by default
        :func:`networkkit.plots.alt_text`, computed from the data it was drawn from.

    Returns
    -------
    str
        A ``<figure class="nk-figure">`` element.
    """
    from networkkit.plots import alt_text

    alt = alt or alt_text(fig)
    number = next(_ids)
    size = fig.get_size_inches().copy()
    titles = [
        (ax, loc, ax.get_title(loc))
        for ax in fig.axes
        for loc in ("left", "center", "right")
        if ax.get_title(loc)
    ]
    try:
        wide, missing = _fitted(fig, titles, f"nkf{number}w")
        # the narrow drawing's titles start where the Axes does, often far right of long
        # category labels: each is wrapped to what fits, measured where the wide drawing
        # put it (the labels, hence the Axes' left edge in pixels, keep their size), then
        # checked after the narrow drawing
        boxes = _title_boxes(fig, titles)
        fig.set_size_inches(min(NARROW_WIDTH, size[0]), size[1])
        _wrap_titles(fig, titles, boxes)
        narrow, _ = _fitted(fig, titles, f"nkf{number}n")
    finally:
        fig.set_size_inches(size)
        for ax, loc, title in titles:
            ax.set_title(title, loc=loc)
    faces = _font_faces([wide, narrow])
    parts = ['<figure class="nk-figure">']
    if faces:
        parts.append(f'<style type="text/css">{faces}</style>')
    # CSS pixels are 1/96 in: the wide drawing at most 25 % larger than its own size, the
    # narrow one up to 1.5 times (a large phone in landscape)
    wide_px = 96 * size[0] * 1.25
    narrow_px = 96 * min(NARROW_WIDTH, size[0]) * 1.5
    parts.append(_dress(wide, alt=alt, css_class="nk-figure-wide", max_px=wide_px))
    parts.append(_dress(narrow, alt=alt, css_class="nk-figure-narrow", max_px=narrow_px))
    fresh = sorted(set(missing) - _reported_glyphs)
    if fresh:
        _reported_glyphs.update(fresh)
        shown = ", ".join(f"“{c}” (U+{ord(c):04X})" for c in fresh)
        parts.append(
            '<p class="nk-missing">No installed font can draw '
            f"{html.escape(shown)}: figures show an empty box in its place.</p>"
        )
    parts.append("</figure>")
    return "\n".join(parts)


def show_figure(fig: Any = None, *, alt: str | None = None) -> None:
    """Show a figure in the report (inline SVG with alt text) and close it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure or matplotlib.axes.Axes, optional
        The figure, or one of its Axes; the current figure by default.
    alt : str, optional
        One sentence saying what it shows; by default computed from the data
        (:func:`networkkit.plots.alt_text`).
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    if fig is None:
        fig = plt.gcf()
    elif not hasattr(fig, "savefig"):
        fig = fig.figure
    alt = alt or _alt(fig)
    display({"text/html": figure_html(fig, alt=alt), "text/plain": alt}, raw=True)
    plt.close(fig)


def _alt(fig: Any) -> str:
    from networkkit.plots import alt_text

    return alt_text(fig)


def install(shell: Any) -> None:
    """Make the notebook show every matplotlib figure through :func:`figure_html`.

    ``plt.show()`` (and a figure left as a cell's value) then gives an HTML figure with its
    alt text, and a plain-text description instead of ``<Figure size 800x400 ...>``; the
    raster PNG is no longer made.

    Parameters
    ----------
    shell : IPython.core.interactiveshell.InteractiveShell
        The running shell.
    """
    from matplotlib.figure import Figure

    start_page()
    formatters = shell.display_formatter.formatters
    for mime in ("image/png", "image/jpeg", "image/svg+xml", "application/pdf"):
        formatters[mime].pop(Figure, None)
    formatters["text/html"].for_type(Figure, figure_html)
    formatters["text/plain"].for_type(Figure, lambda fig, printer, _cycle: printer.text(_alt(fig)))
