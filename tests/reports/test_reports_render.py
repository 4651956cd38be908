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


def test_to_html_marks_outputs_focusable_and_bare_images_described_without_reparsing(
    monkeypatch,
):
    # nbconvert's exporter re-parsed the whole page with BeautifulSoup for these two marks
    import nbconvert.exporters.html as nbconvert_html

    def no_soup(*_args, **_kwargs):
        raise AssertionError("the page is parsed again")

    monkeypatch.setattr(nbconvert_html, "BeautifulSoup", no_soup)
    nb = _nb(
        nbformat.v4.new_markdown_cell('# Title\n\n<img src="data:image/png;base64,AAAA">'),
        nbformat.v4.new_code_cell(
            "show()",
            outputs=[
                nbformat.v4.new_output("display_data", data={"text/html": "<p>Table</p>"}),
                nbformat.v4.new_output("stream", name="stdout", text="printed"),
            ],
        ),
    )
    html = to_html(nb)
    outputs = re.findall(r"<div\b[^>]*\bjp-OutputArea-output\b[^>]*>", html)
    assert len(outputs) == 2
    assert all('tabindex="0"' in tag for tag in outputs)
    images = re.findall(r"<img\b[^>]*>", html)
    assert images and all(" alt=" in tag for tag in images)
    assert "<p>Table</p>" in html and "printed" in html


def test_kernels_are_not_interrupted_on_their_way_out(tmp_path, monkeypatch):
    # jupyter_client sends SIGINT before every shutdown, which an idle kernel reported as
    # "KeyboardInterrupt caught in kernel" on the terminal; an interrupt asked for while
    # the kernel runs (a user's Ctrl-C) still goes through
    import asyncio

    from jupyter_client.manager import AsyncKernelManager

    from networkkit.reports._render import _kernel_manager

    sent = []

    async def interrupt(self):
        sent.append(self.shutting_down)

    monkeypatch.setattr(AsyncKernelManager, "_async_interrupt_kernel", interrupt)
    manager = _kernel_manager(tmp_path, None)()
    asyncio.run(manager._async_interrupt_kernel())
    manager.shutting_down = True
    asyncio.run(manager._async_interrupt_kernel())
    assert sent == [False]
