"""NA in any column a measure reads is missing, never a value (networkkit/_missing.py).

Each column of each table the measures read gets NA in every other row, in turn; every
network measure and ``from_messages`` must still run and return frames.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from measures import run_all

import networkkit as nk
from networkkit import sample
from networkkit._missing import equals, is_true, known

READ_TABLES = ("connections", "messages", "invitations", "positions", "endorsements_received")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("na") / "small"
    sample.write_export(folder, connections=40, seed=11)
    return nk.load_export(folder)


def _columns():
    return [(t, c) for t in READ_TABLES for c in nk.export.TABLES[t]]


def _with_na(ex, table, column, rows):
    df = getattr(ex, table).copy()
    mask = np.zeros(len(df), dtype=bool)
    mask[rows] = True
    df[column] = df[column].mask(pd.Series(mask, index=df.index))
    return dataclasses.replace(ex, **{table: df})


@pytest.mark.parametrize(("table", "column"), _columns(), ids=lambda v: str(v))
def test_measures_run_with_na_in_every_column(small, table, column):
    # every other row: known and missing cells side by side, where NA used to be compared
    # (a column missing everywhere is the chaos test's blanking at share 1.0)
    n = len(getattr(small, table))
    ex = _with_na(small, table, column, np.arange(0, n, 2))
    results = run_all(ex)
    assert set(results) >= {"growth", "reciprocity", "invitations"}


def test_a_missing_sender_is_not_someone_else(small):
    # the owner's own messages with the sender blanked: neither outgoing nor incoming
    m = small.messages.copy()
    mine = equals(m["direction"], "outgoing")
    m.loc[mine, ["sender_name", "sender_url", "sender_key", "direction"]] = pd.NA
    ex = dataclasses.replace(small, messages=m)
    events = nk.outreach.from_messages(ex)
    assert events.attrs["excluded"]["unknown_direction"] == int(mine.sum())
    assert (events["event"] == "sent").sum() == 0


def test_the_helpers_treat_na_as_missing():
    s = pd.Series(["a", None, "b"], dtype="string")
    assert equals(s, "a").tolist() == [True, False, False]
    assert equals(s, pd.NA).tolist() == [False, False, False]
    assert is_true(pd.array([True, None, False], dtype="boolean")).tolist() == [
        True,
        False,
        False,
    ]
    assert is_true(pd.Series([1, None, 0], dtype=object)).tolist() == [True, False, False]
    assert known(pd.Series([pd.NaT, pd.Timestamp("2024-01-01")])).tolist() == [False, True]
