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
