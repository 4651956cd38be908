"""Markup cells become the text a reader sees: no comments, scripts or styles survive."""

import pandas as pd
import pyarrow as pa
import pytest
from export_helpers import write

import networkkit as nk
from networkkit.export._html import html_to_text


def plain(*cells: str | None) -> list[str | None]:
    text, _ = html_to_text(pa.array(list(cells), pa.string()))
    return text.to_pylist()


@pytest.mark.parametrize(
    ("markup", "seen"),
    [
        (
            "Hi Dana,<!-- campaign=q3-outreach; owner=sam@example.com --> thanks!",
            "Hi Dana, thanks!",
        ),
        ("<p>See you</p><!--\n<p>hidden draft line</p>\n-->", "See you"),
        ("<style>p { color: red }</style><p>Hello Alex</p>", "Hello Alex"),
        ('<p>Hi</p><script>track("open", 42)</script>', "Hi"),
        ('<SCRIPT type="text/javascript">var tag = "<p>x</p>";</SCRIPT>Visible', "Visible"),
        ("<style>/* <!-- not a comment here --> */ li { margin: 0 }</style>Bye", "Bye"),
        # a comment or script left open hides the rest of the cell, as in a browser
        ("Thanks for connecting <!-- tracking pixel", "Thanks for connecting"),
        ("Hello <script>beacon()", "Hello"),
    ],
)
def test_comments_and_script_and_style_bodies_never_survive(markup, seen):
    assert plain(markup) == [seen]


def test_a_cell_with_only_a_comment_is_markup_and_keeps_its_original():
    text, markup = html_to_text(pa.array(["Hi Sam <!-- sent by Example CRM -->"]))
    assert text.to_pylist() == ["Hi Sam"]
    assert markup.to_pylist() == ["Hi Sam <!-- sent by Example CRM -->"]


def test_entities_breaks_lists_and_no_break_spaces_are_kept():
    cells = [
        "<p>Hi Sam,</p><p>see <b>this</b> &amp; that</p>",
        "Tom &amp; Jerry<br>next<br/>last",
        "<ul><li>Remote</li><li class='x'>Senior</li></ul>",
        "Caf\u00e9\u00a0au lait &lt;b&gt;",
        "a < b and c > d",
        None,
        "plain text",
    ]
    assert plain(*cells) == [
        "Hi Sam,\nsee this & that",
        "Tom & Jerry\nnext\nlast",
        "- Remote\n- Senior",
        "Café au lait <b>",
        "a < b and c > d",
        None,
        "plain text",
    ]


def test_loaded_messages_hide_comments_scripts_and_styles(tmp_path):
    header = '"FROM","TO","DATE","CONTENT"\n'
    cells = [
        "<style>.sig{font-size:9px}</style><p>Great meeting you at the fair!</p>"
        "<!-- crm-id 7731 -->",
        "Hi<script>pixel('https://example.com/p.gif')</script> Dana",
        "Plain & simple",
    ]
    rows = "".join(
        f'"Zoë Ruiz","Sam Member","2026-03-0{i + 1} 10:00:00 UTC","{c}"\n'
        for i, c in enumerate(cells)
    )
    write(tmp_path, "messages.csv", header + rows)
    m = nk.load_export(tmp_path).messages
    assert m["content"].tolist() == ["Great meeting you at the fair!", "Hi Dana", "Plain & simple"]
    assert m["content_html"].tolist()[:2] == cells[:2]
    assert m["content_html"].iloc[2] is pd.NA
