"""Every report notebook runs through papermill on the sample, a Connections-only export and a
2018-layout export; the parameters the CLI passes are exactly each notebook's parameters."""

from __future__ import annotations

import re
from pathlib import Path

import jupytext
import nbformat
import papermill as pm
import pytest
from report_inputs import SAMPLE_EXPORT, SAMPLE_OUTREACH, connections_only, export_2018

import networkkit as nk
from networkkit.cli import build_parameters
from networkkit.reports import NOTEBOOKS, notebook_source, render

pytestmark = pytest.mark.slow
#: How a figure starts in the report HTML (inline SVG drawings with alt text).
FIGURE = '<figure class="nk-figure">'

NETWORK_SECTIONS = [
    "Who is waiting for your answer",
    "Recruiter messages",
    "Invitations waiting for you",
    "Relationships going quiet",
    "Whom you have met",
    "How your network grew",
    "Your profile at first sight",
    "How these numbers are computed",
    "Compared with earlier runs",
    "What was read",
]
OUTREACH_SECTIONS = [
    "Follow-ups",
    "Where threads drop out",
    "Which template works",
    "One channel per conversation",
    "When to send",
    "How fast people answer",
    "Which touch gets the reply",
    "How these numbers are computed",
    "Time to reply, by channel",
    "Template comparison: the tests",
    "Cadence",
    "Compared with earlier runs",
    "What was read",
]
EXTERNAL = re.compile(
    r"""(?:(?:src|href)\s*=\s*["']?\s*|url\(\s*["']?|@import\s+["']?)(?:https?:)?//""", re.I
)


@pytest.mark.parametrize("kind", sorted(NOTEBOOKS))
def test_parameters_are_exactly_what_the_cli_passes(kind, tmp_path):
    built = tmp_path / f"{kind}.ipynb"
    nb = jupytext.read(notebook_source(kind))
    # the sources name no kernel (JupyterLab would rewrite its display name): render names it
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, built)
    declared = pm.inspect_notebook(str(built))
    passed = build_parameters(kind, export=None, outreach=None, out_dir=tmp_path)
    assert set(declared) == set(passed)
    for name, spec in declared.items():
        assert spec["help"], f"{kind}: parameter {name} has no help comment"
        assert spec["inferred_type_name"] == type(passed[name]).__name__, name


def _inputs(which: str, tmp_path: Path) -> tuple[str, str]:
    if which == "sample":
        return str(SAMPLE_EXPORT), str(SAMPLE_OUTREACH)
    if which == "connections_only":
        return str(connections_only(tmp_path)), ""
    return str(export_2018(tmp_path)), ""


# the sample's plain reports are the session's (conftest's sample_reports and SHARED)
@pytest.mark.parametrize("which", ["sample", "connections_only", "2018"])
@pytest.mark.parametrize("kind", ["network", "outreach", "explore"])
def test_notebook_renders(kind, which, tmp_path, request):
    export, outreach = _inputs(which, tmp_path)
    anonymize = kind == "network" and which == "sample"
    if which == "sample" and not anonymize:
        # the bundled sample and its outreach log, as with no inputs given: rendered once
        result = request.getfixturevalue("sample_reports")(kind)
    else:
        params = build_parameters(
            kind,
            export=export,
            outreach=outreach or None,
            out_dir=tmp_path / "reports",
            anonymize=anonymize,
        )
        result = render(kind, parameters=params, out_dir=tmp_path / "reports", progress=False)
    html = result.html.read_text(encoding="utf-8")
    executed = result.notebook.read_text(encoding="utf-8")
    assert result.html.name == f"{notebook_source(kind).stem}.html"
    assert not EXTERNAL.search(html), "the report fetches something from the network"
    assert "<script" not in html.lower()
    assert not re.search(r"[\w.+-]+@example\.(?:com|org)", html + executed)
    assert "nr.section(" not in html and "import networkkit" not in html  # no input cells
    assert "Traceback" not in html
    sections = {"network": NETWORK_SECTIONS, "outreach": OUTREACH_SECTIONS}.get(kind, [])
    for heading in sections:
        assert f">{heading}<" in html.replace("\u00b6", ""), heading
    if kind == "network":
        assert "first run recorded" in html
        assert result.headline["connections"] > 0
        if which == "connections_only":
            assert "This export holds no invitations (Invitations.csv is missing or empty)" in html
            assert "This export holds no messages (messages.csv is missing or empty)" in html
            assert result.headline["messaged_share"] is None
        else:
            assert html.count(FIGURE) >= (6 if which == "sample" else 3)
    if kind == "outreach":
        if which == "connections_only":
            assert "This export holds no messages (messages.csv is missing or empty)" in html
            assert "This export holds no outreach threads" in html
        elif which == "2018":
            # 2018 messages form one conversation per counterpart (issue 13): measurable now
            assert "carry no conversation ids" not in html
            assert result.headline["threads_sent"] > 0
        else:
            assert html.count(FIGURE) >= 5
            assert result.headline["threads_sent"] > 0
    if which == "2018" and kind != "outreach":
        assert "Messages.csv" in html  # the appendix lists the 2018 file name
    if anonymize:
        ex = nk.load_export(SAMPLE_EXPORT)
        names = ex.connections["full_name"].dropna()
        names = names[names.str.len() >= 8].head(200)
        leaked = [n for n in names if n in html or n in executed]
        assert not leaked, leaked[:5]
        assert ex.owner.name not in html
        assert "Person " in html
