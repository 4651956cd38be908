"""Shared test setup: a headless matplotlib backend, figures closed after each test."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib.pyplot as plt
import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT / "data" / "sample"


@pytest.fixture(autouse=True)
def _close_figures():
    # rc_context: a test that applies the house style must not restyle the tests after it
    with matplotlib.rc_context():
        yield
    plt.close("all")


@pytest.fixture
def fixtures_dir() -> Path:
    """Folder of the committed, fictional, hand-written fixtures."""
    return FIXTURES


@pytest.fixture
def sample_dir() -> Path:
    """The bundled sample export."""
    return SAMPLE


#: The longest tests, measured (``pytest --durations``), longest first: under xdist they start
#: first, so that no long test starts last while the other worker has run out of work.
#: pyproject's ``--dist loadgroup --no-loadscope-reorder`` hands tests out in this order.
#: Node-id prefixes; every other ``slow`` test follows them, then the rest as collected.
START_FIRST = [
    "tests/outreach/test_outreach_spark.py",
    "tests/security/test_planted_privacy.py",
    "tests/shapes/test_shapes.py::test_both_reports_render_on_the_shape",
    "tests/reports/test_report_layout.py",
    "tests/test_wheel.py",
    "tests/test_notebooks.py::test_notebook_renders",
]


def _start_rank(item: pytest.Item) -> int:
    for rank, prefix in enumerate(START_FIRST):
        if item.nodeid.startswith(prefix):
            return rank
    return len(START_FIRST) + (0 if item.get_closest_marker("slow") else 1)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    # the Spark tests share one session per worker: on one worker, one JVM starts
    for item in items:
        if item.get_closest_marker("spark"):
            item.add_marker(pytest.mark.xdist_group("spark"))
    # a stable sort: the tests of one module stay together, in their order
    items.sort(key=_start_rank)
