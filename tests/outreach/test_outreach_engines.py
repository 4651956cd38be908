"""One implementation, every engine: the same numbers from pandas, Polars, DuckDB and Spark."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from conftest import AS_OF, ENGINES

import networkkit as nk

warnings.filterwarnings("ignore", "The confidence interval is undefined", RuntimeWarning)


def _same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == list(want.columns)
    assert len(got) == len(want)
    for col in want.columns:
        a, b = got[col], want[col]
        if col.endswith("_at") or col == "first_touch_at":
            assert (a.isna() == b.isna()).all() and (a[a.notna()] == b[b.notna()]).all(), col
        elif col == "gaps_days":
            assert a.tolist() == b.tolist(), col
        elif pd.api.types.is_numeric_dtype(b) and not pd.api.types.is_bool_dtype(b):
            pd.testing.assert_series_equal(
                a.astype("float64"), b.astype("float64"), check_names=False, rtol=1e-12
            )
        else:
            assert [None if pd.isna(v) else v for v in a] == [
                None if pd.isna(v) else v for v in b
            ], col


@pytest.fixture(scope="module")
def reference(small):
    """Every measure computed once on pandas: what every engine must reproduce."""
    return _measures(small)


def _measures(ev) -> dict[str, pd.DataFrame]:
    # as_of given where a measure takes it: one engine query fewer each (Spark is slow per query)
    return {
        "funnel": nk.outreach.funnel(ev, by="template"),
        "funnel_as_of": nk.outreach.funnel(ev, machine_opens="include", as_of="2025-03-15"),
        "threads": nk.outreach.threads(ev, by="template"),
        "reply_within": nk.outreach.reply_within(ev, days=14, by="template", as_of=AS_OF),
        "linkedin": nk.outreach.linkedin_response_rate(ev, as_of="2025-04-30"),
        "time_to_reply": nk.outreach.time_to_reply(ev, by="template", as_of=AS_OF),
        "reply_by_step": nk.outreach.reply_by_step(ev),
        "cadence": nk.outreach.cadence(ev),
        "send_time": nk.outreach.send_time(ev),
    }


@pytest.mark.parametrize("engine", ENGINES)
def test_every_measure_is_identical_on_every_engine(engine, small, reference, on_engine):
    native = on_engine(small, engine)
    got = _measures(native)
    for name, want in reference.items():
        try:
            _same(got[name], want)
        except AssertionError as err:
            raise AssertionError(f"{name} differs on {engine}: {err}") from None


@pytest.mark.parametrize("engine", ENGINES)
def test_untracked_opens_on_every_engine(engine, small, on_engine):
    bare = small[~small["event"].isin(["opened", "clicked"])].drop(columns=["machine", "step"])
    bare.attrs = {}
    f = nk.outreach.funnel(on_engine(bare, engine), by="template")
    assert f["opened"].isna().all() and f["clicked"].isna().all()
    assert f["replied"].tolist() == [2, 2, 0]
    # without a step column, steps come from the order of the touches, inside the engine
    r = nk.outreach.reply_by_step(on_engine(bare, engine))
    assert r[["step", "received", "replied"]].values.tolist()[:2] == [[1, 8, 2], [2, 3, 2]]
