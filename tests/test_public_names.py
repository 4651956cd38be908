"""Every public name of a package resolves, those its ``__init__`` imports on first use too."""

import importlib
import subprocess
import sys

import pytest

PACKAGES = [
    "networkkit",
    "networkkit.export",
    "networkkit.network",
    "networkkit.outreach",
    "networkkit.prepare",
    "networkkit.reports",
    "networkkit.sample",
    "networkkit.lexicon",
]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_public_name_resolves(name):
    package = importlib.import_module(name)
    missing = [n for n in package.__all__ if not hasattr(package, n)]
    assert missing == []
    assert len(set(package.__all__)) == len(package.__all__)


@pytest.mark.parametrize("name", ["networkkit.prepare", "networkkit.reports"])
def test_lazy_packages_name_only_public_names(name):
    # a lazily imported name that __all__ does not list would be reachable but undocumented
    package = importlib.import_module(name)
    assert set(package._LAZY) <= set(package.__all__)


def test_the_command_line_does_not_import_the_measures():
    # the CLI process only parses, checks and starts kernels: scipy and matplotlib stay out
    code = (
        "import sys, networkkit.cli; "
        "print(sorted(m for m in ('scipy', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_report_run_starts_its_kernels_without_pandas_and_records_without_it(tmp_path):
    # what `networkkit report all` does in its own process before, and after, the kernels:
    # parameters read and checked, notebooks built, the run added to the history; pandas
    # (half a second of start-up), scipy and matplotlib are the kernels' business
    code = f"""
import sys
from networkkit.cli import main  # noqa: F401
from networkkit import history
from networkkit.reports import _render, _run
plans = [(k, _run.build_parameters(k, export=None, outreach=None, out_dir={str(tmp_path)!r}))
         for k in _run.KINDS]
_run._check(plans, record_history=True)
for kind, _params in plans:
    _render.build_notebook(_render.notebook_source(kind))
written = history.append({str(tmp_path / "h.duckdb")!r}, kind="network", fingerprint="f",
                         measures={{"connections": 3.0, "met_share": float("nan")}})
print(written, sorted(m for m in ("pandas", "scipy", "matplotlib") if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "2 []"
    from networkkit import history

    rows = history.load(tmp_path / "h.duckdb")
    assert list(rows["measure"]) == ["connections", "met_share"]
    assert rows["value"].iloc[0] == 3.0 and rows["value"].isna().iloc[1]
    assert str(rows["run_at"].dtype) == "datetime64[us, UTC]"
