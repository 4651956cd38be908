"""Outreach test setup: the hand-counted fixture and the same log on every engine."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import networkkit as nk

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "outreach"
AS_OF = pd.Timestamp("2025-03-20 09:00", tz="UTC")
ENGINES = [
    "pandas",
    "polars",
    "polars-lazy",
    "duckdb",
    pytest.param("spark", marks=pytest.mark.spark),
]


@pytest.fixture(scope="session")
def fix() -> Path:
    return FIX


@pytest.fixture(scope="session")
def small() -> pd.DataFrame:
    """The hand-counted canonical log (see tests/fixtures/outreach/README.md)."""
    return nk.outreach.read_events(FIX / "events_small.csv")


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", os.sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("networkkit-outreach-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", "1g")
        # short-lived test JVM: C1 JIT only and the serial GC start and run tiny jobs about
        # twice as fast; adaptive planning only adds stages on a few dozen rows
        .config("spark.driver.extraJavaOptions", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _arrow(df: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(df, preserve_index=False)


@pytest.fixture
def on_engine(request):
    """Return a function putting a pandas log on the engine named by the test's parameter."""

    def convert(df: pd.DataFrame, engine: str):
        if engine == "pandas":
            return df
        if engine in ("polars", "polars-lazy"):
            import polars as pl

            out = pl.from_arrow(_arrow(df))
            return out.lazy() if engine == "polars-lazy" else out
        if engine == "duckdb":
            import duckdb

            con = duckdb.connect()
            con.execute("SET TimeZone = 'UTC'")
            return con.from_arrow(_arrow(df))
        if engine == "spark":
            session = request.getfixturevalue("spark")
            return session.createDataFrame(_arrow(df))
        raise ValueError(engine)

    return convert
