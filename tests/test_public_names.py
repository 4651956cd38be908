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
