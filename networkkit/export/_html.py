"""Message bodies with markup: the text a reader sees, and the cell as exported."""

from __future__ import annotations

from html.parser import HTMLParser

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.export._csv import OFFSET_WIDTH
from networkkit.export._keys import STR, distinct
from networkkit.export._text import clean

__all__ = ["html_to_text"]

_TAG = r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
_ENTITY = r"&(?:[A-Za-z]+|#[0-9]+|#[xX][0-9A-Fa-f]+);"


def _rows_with_bytes(arr: pa.Array, needles: bytes) -> np.ndarray:
    """Return a boolean mask of the rows of a string array whose UTF-8 holds any byte given.

    Scans the array's data buffer with numpy (one comparison per byte given, in blocks of
    16 MiB) and maps hits to rows through the offsets: far cheaper than a regex over every
    cell.
    """
    n = len(arr)
    mask = np.zeros(n, dtype=bool)
    if n == 0:
        return mask
    bufs = arr.buffers()
    if bufs[2] is None:
        return mask
    offsets = np.frombuffer(bufs[1], dtype=OFFSET_WIDTH[arr.type])
    offsets = offsets[arr.offset : arr.offset + n + 1]
    data = np.frombuffer(bufs[2], dtype=np.uint8)
    start, stop = int(offsets[0]), int(offsets[-1])
    step = 1 << 24
    for lo in range(start, stop, step):  # blocks of 16 MiB bound the temporaries
        block = data[lo : min(lo + step, stop)]
        hit = block == needles[0]
        for byte in needles[1:]:
            hit |= block == byte
        pos = np.flatnonzero(hit) + lo
        if pos.size:
            mask[np.searchsorted(offsets, pos, side="right") - 1] = True
    return mask


def _pick_rows(chunks: list[pa.Array], needles: bytes) -> tuple[list[np.ndarray], pa.Array]:
    """Return, per chunk, the rows holding any byte of ``needles``, and those cells joined.

    The joined cells are in chunk order, then row order: what :func:`_put_rows` expects.
    """
    rows = [np.flatnonzero(_rows_with_bytes(chunk, needles)) for chunk in chunks]
    picked = [c.take(pa.array(r)) for c, r in zip(chunks, rows, strict=True) if r.size]
    cells = pa.concat_arrays(picked) if picked else pa.array([], STR)
    return rows, cells


def _put_rows(
    chunks: list[pa.Array], rows: list[np.ndarray], values: pa.Array, keep: np.ndarray
) -> pa.ChunkedArray:
    """Write ``values`` (as :func:`_pick_rows` joined them) back into their rows.

    Only the values where ``keep`` is true are written, and only chunks with a value to
    write are rebuilt; the others are kept as they are.
    """
    values = values.filter(pa.array(keep))
    out, start, at = [], 0, 0
    for chunk, r in zip(chunks, rows, strict=True):
        picked = r[keep[start : start + r.size]]
        start += r.size
        if picked.size:
            mask = np.zeros(len(chunk), dtype=bool)
            mask[picked] = True
            chunk = pc.replace_with_mask(chunk, pa.array(mask), values.slice(at, picked.size))
            at += picked.size
        out.append(chunk)
    return pa.chunked_array(out, STR)


#: Elements whose end starts a new line, as a reader sees them.
_BLOCK_ENDS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol"})
#: Elements whose body a reader never sees.
_HIDDEN = frozenset({"script", "style"})


class _VisibleText(HTMLParser):
    """The text a reader sees in a markup cell (the standard library's HTML parser).

    ``<br>`` and block ends become newlines, ``<li>`` becomes ``"- "``, entities are decoded
    (``convert_charrefs``), and comments, declarations and the bodies of ``<script>`` and
    ``<style>`` are dropped. One parser is reused for every cell (:meth:`text_of` resets it).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._hidden: str | None = None

    def text_of(self, markup: str) -> str:
        """Return the visible text of one cell."""
        self.reset()
        self._parts, self._hidden = [], None
        start = markup.rfind("<!--")
        if start >= 0 and "-->" not in markup[start + 4 :]:
            markup += "-->"  # a comment left open runs to the end of the cell, as in a browser
        self.feed(markup)
        self.close()
        return "".join(self._parts)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self._hidden = tag
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "li":
            self._parts.append("- ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._hidden:
            self._hidden = None
        elif tag in _BLOCK_ENDS and self._hidden is None:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._hidden is None:
            self._parts.append(data)


def _markup_to_text(cells: pa.Array) -> pa.Array:
    """Turn markup cells into plain text (each distinct cell parsed once, taken back)."""
    h, where = distinct(cells)
    parser = _VisibleText()
    h = pa.array([None if v is None else parser.text_of(v) for v in h.to_pylist()], STR)
    h = pc.replace_substring(h, "\u00a0", " ")
    h = pc.replace_substring_regex(h, "\r\n?", "\n")
    h = pc.replace_substring_regex(h, r"[ \t]+\n", "\n")
    h = pc.replace_substring_regex(h, r"\n{3,}", "\n\n")
    return pc.utf8_trim(h, " \n\t\r").take(where)


def html_to_text(arr: pa.Array | pa.ChunkedArray) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    r"""Return (plain text, html-or-null) for a content column.

    Cells holding tags, comments or entities are parsed by the standard library's HTML
    parser (:class:`html.parser.HTMLParser`) and keep what a reader sees: ``<br>`` and block
    ends (``</p>``, ``</div>``, ``</li>``, headings) → newline, ``<li>`` → ``"- "``, other tags
    removed, entities decoded; comments and the bodies of ``<script>`` and ``<style>`` are
    dropped. Every cell gets U+00A0 → space and CRLF → LF (spreadsheet re-saves).
    ``content_html`` keeps the cell as exported where it held markup or entities, and is null
    elsewhere.

    Only the cells holding one of the bytes ``<``, ``&``, ``\r`` or ``0xA0`` (found by a byte
    scan of each chunk's characters) are looked at, and only the distinct markup cells among
    them are parsed; the result keeps the column's chunks and rebuilds only the chunks where a
    cell changes.
    """
    chunks = list(arr.chunks) if isinstance(arr, pa.ChunkedArray) else [arr]
    chunks = [c if c.type == STR else c.cast(STR) for c in chunks] or [pa.array([], STR)]
    rows, cells = _pick_rows(chunks, b"<&\xa0\r")
    nulls = pa.chunked_array([pa.nulls(len(c), STR) for c in chunks], STR)
    if len(cells) == 0:
        return pa.chunked_array(chunks, STR), nulls
    maybe = pc.fill_null(pc.match_substring_regex(cells, r"<[A-Za-z/!]|&[#A-Za-z]"), False)
    exact = pc.or_(pc.match_substring_regex(cells, _TAG), pc.match_substring_regex(cells, _ENTITY))
    exact = pc.or_(exact, pc.match_substring(cells, "<!--"))
    is_html = pc.and_(maybe, pc.fill_null(exact, False))
    text = pc.replace_substring(cells, "\u00a0", " ")
    text = pc.replace_substring_regex(text, "\r\n?", "\n")
    markup = None
    if pc.any(is_html).as_py():
        html_cells = cells.filter(is_html)
        text = pc.replace_with_mask(text, is_html, _markup_to_text(html_cells))
        markup = pc.replace_with_mask(pa.nulls(len(cells), STR), is_html, html_cells)
    text = clean(text, len(text), trim=False)
    # only the cells that change are written back (most candidates hold a stray "&" or "<")
    same = pc.fill_null(pc.equal(text, cells), False).to_numpy(zero_copy_only=False)
    content = _put_rows(chunks, rows, text, ~same)
    if markup is None:
        return content, nulls
    keep = is_html.to_numpy(zero_copy_only=False)
    return content, _put_rows(list(nulls.chunks), rows, markup, keep)
