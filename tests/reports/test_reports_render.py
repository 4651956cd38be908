"""The render path: the failing section named, self-contained HTML without inputs."""

from __future__ import annotations

import re

import nbformat

from networkkit.reports import HEADLINE_MIME, failing_section, headline_of, to_html


def _nb(*cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    return nb


def test_failing_section_names_the_nearest_heading():
    error = nbformat.v4.new_output("error", ename="KeyError", evalue="'x'", traceback=[])
    nb = _nb(
        nbformat.v4.new_markdown_cell("# Report"),
        nbformat.v4.new_markdown_cell("## Growth and composition\n\nText."),
        nbformat.v4.new_code_cell("1"),
        nbformat.v4.new_code_cell("boom", outputs=[error]),
        nbformat.v4.new_markdown_cell("## Later"),
    )
    assert failing_section(nb) == (3, "Growth and composition")
    assert failing_section(_nb(nbformat.v4.new_code_cell("1"))) == (None, None)


def test_to_html_is_self_contained_and_hides_inputs_setup_and_headline():
    png = (
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kg"
        "AAAABJRU5ErkJggg=="
    )
    nb = _nb(
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell(
            "secret_setup = 1",
            metadata={"tags": ["remove_cell"]},
            outputs=[nbformat.v4.new_output("stream", name="stdout", text="SETUP-OUTPUT")],
        ),
        nbformat.v4.new_code_cell(
            "visible_code()",
            outputs=[
                nbformat.v4.new_output(
                    "display_data", data={"image/png": png, "text/plain": "<Figure>"}
                ),
                nbformat.v4.new_output("stream", name="stderr", text="FutureWarning: noise"),
                nbformat.v4.new_output("display_data", data={HEADLINE_MIME: {"connections": 3}}),
            ],
        ),
    )
    html = to_html(nb)
    assert "<h1" in html and "Title" in html
    assert "visible_code" not in html and "secret_setup" not in html
    assert "SETUP-OUTPUT" not in html and "FutureWarning" not in html
    assert 'src="data:image/png;base64,' in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<script src" not in html
    assert headline_of(nb) == {"connections": 3}
