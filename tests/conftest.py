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


#: Group of the tests reading :func:`sample_reports` (see :data:`SHARED`).
SAMPLE_REPORTS = "sample-reports"


@pytest.fixture(scope="session")
def sample_reports(tmp_path_factory):
    """Return ``get(kind)``: that report rendered on the bundled sample and outreach log, as
    ``networkkit report`` renders it with no inputs given (its own fresh history), once per
    session on first use, as :class:`networkkit.reports.Rendered`.

    A report render is the suite's costliest step; every test that only reads the sample's
    reports shares these. List such tests in :data:`SHARED` so that xdist runs them on one
    worker.
    """
    from networkkit.cli import build_parameters
    from networkkit.reports import render

    done = {}

    def get(kind: str):
        if kind not in done:
            out = tmp_path_factory.mktemp(f"sample-{kind}")
            params = build_parameters(kind, export=None, outreach=None, out_dir=out)
            done[kind] = render(kind, parameters=params, out_dir=out, progress=False)
        return done[kind]

    return get


#: The longest tests and groups, measured (``pytest --durations``), longest first: under xdist
#: they start first, so that no long test starts last while the other worker has run out of
#: work. :func:`pytest_xdist_make_scheduler` hands tests out in this order (a group of
#: :data:`SHARED` goes out where its first test stands). Node-id prefixes; every other
#: ``slow`` test follows them, then the rest as collected.
START_FIRST = [
    "tests/outreach/test_outreach_spark.py",  # the "spark" group: one JVM per run
    "tests/reports/test_report_layout.py",  # the "sample-reports" group (sample_reports)
    "tests/security/test_planted_privacy.py",
    "tests/test_wheel.py",
    "tests/shapes/test_chaos.py",
    "tests/shapes/test_shapes.py::test_both_reports_render_on_the_shape",
    "tests/test_report_everywhere.py",
    "tests/security/test_run_isolation.py",
    "tests/test_notebooks.py::test_notebook_renders",
    "tests/test_browser.py",
]


def _start_rank(item: pytest.Item) -> int:
    for rank, prefix in enumerate(START_FIRST):
        if item.nodeid.startswith(prefix):
            return rank
    return len(START_FIRST) + (0 if item.get_closest_marker("slow") else 1)


#: Tests that share something costly built once per worker: each group runs on one worker
#: (see pytest_xdist_make_scheduler), so that it is built once per run. Group → node-id
#: prefixes; besides, every test with a Spark parameter (``[spark]``) is in "spark".
SHARED = {
    # one Spark session (a JVM) per worker
    "spark": ("tests/outreach/test_outreach_spark.py",),
    # the session's renders of the sample (sample_reports)
    SAMPLE_REPORTS: (
        "tests/reports/test_report_layout.py",
        "tests/test_explore_notebook.py::test_every_printed_rate_lies_inside_its_interval",
        "tests/test_notebooks.py::test_notebook_renders[network-sample]",
        "tests/test_notebooks.py::test_notebook_renders[outreach-sample]",
        "tests/test_notebooks.py::test_notebook_renders[explore-sample]",
    ),
    # the module fixture's three command-line runs
    "planted-privacy": ("tests/security/test_planted_privacy.py",),
}


def _shared_group(nodeid: str) -> str | None:
    if nodeid.endswith("[spark]"):
        return "spark"
    return next((g for g, prefixes in SHARED.items() if nodeid.startswith(prefixes)), None)


@pytest.hookimpl(optionalhook=True)  # an xdist hook: pytest -p no:xdist still runs
def pytest_xdist_make_scheduler(config, log):
    """Under ``-n``: xdist's ``loadscope`` scheduling with :data:`SHARED`'s groups as scopes
    and every other test its own scope, handed out in collection order, which
    :func:`pytest_collection_modifyitems` sorts.

    (xdist's own ``xdist_group`` marker does nothing under pytest 9: xdist 3.8 renames the
    node through ``item._nodeid``, which pytest 9 no longer reads.)
    """
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False  # as --no-loadscope-reorder: collection order

    class SharedScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _shared_group(nodeid) or nodeid

    return SharedScheduling(config, log)


def pytest_collection_modifyitems(config, items):
    # longest first; a stable sort: the tests of one module stay together, in their order
    items.sort(key=_start_rank)
