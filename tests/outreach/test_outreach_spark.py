"""The Spark path: an event log read by Spark from partitioned Parquet gives the pandas numbers,
in the library and through ``networkkit report outreach --engine spark``."""

from __future__ import annotations

import math
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import networkkit as nk
from networkkit import history
from networkkit import reports as nr
from networkkit.cli import main
from networkkit.reports._summary import headline_values

pytestmark = pytest.mark.spark

AS_OF = "2026-11-20"
#: The JVM options of conftest's ``spark`` session, for the JVMs the report kernels start.
JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"


@pytest.fixture(scope="module")
def logs(tmp_path_factory):
    """The same 1,200-thread log as one Parquet file and as four part files."""
    events = nk.sample.events(threads=1200, seed=11)
    root = tmp_path_factory.mktemp("spark-log")
    whole = root / "events.parquet"
    nk.sample.write_events(whole, threads=1200, seed=11)
    parts = root / "parts"
    parts.mkdir()
    table = pa.Table.from_pandas(events, preserve_index=False)
    step = -(-table.num_rows // 4)
    for i in range(4):
        pq.write_table(table.slice(i * step, step), parts / f"part-{i}.parquet")
    return events, whole, str(parts / "*.parquet")


def test_read_events_spark_keeps_every_row_and_canonical_types(logs, spark):
    events, _, glob = logs
    sdf = nk.outreach.read_events_spark(glob, spark=spark)
    assert sdf.count() == len(events)
    types = dict(sdf.dtypes)
    assert types["at"] == "timestamp"
    assert types["step"] == "bigint"
    assert types["positive"] == "boolean"


def test_read_events_spark_names_a_missing_column(tmp_path, spark):
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"thread_id": ["t1"], "event": ["sent"]}), path)
    with pytest.raises(nk.EventLogError, match="'at'"):
        nk.outreach.read_events_spark(str(path), spark=spark)


def test_measures_on_spark_equal_pandas(logs, spark):
    events, _, glob = logs
    sdf = nk.outreach.read_events_spark(glob, spark=spark)
    for measure in (
        lambda ev: nk.outreach.funnel(ev, by="template"),
        lambda ev: nk.outreach.reply_within(ev, days=30, as_of=AS_OF),
        lambda ev: nk.outreach.reply_by_step(ev),
        lambda ev: nk.outreach.cadence_summary(ev),
        # Kaplan–Meier from per-duration counts made in Spark
        lambda ev: nk.outreach.time_to_reply(ev, by="channel", as_of=AS_OF),
        lambda ev: nk.outreach.reply_curve(ev, by="channel", as_of=AS_OF),
    ):
        want, got = measure(events), measure(sdf)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
    # the cadence figure's counts, and its median gap (a distributed aggregate on Spark)
    want, got = nk.outreach.follow_up_counts(events), nk.outreach.follow_up_counts(sdf)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert got.attrs["threads_with_gaps"] == want.attrs["threads_with_gaps"] > 0
    assert got.attrs["median_gap_days"] == pytest.approx(want.attrs["median_gap_days"], rel=1e-12)


@pytest.mark.slow
def test_report_outreach_engine_spark_gives_the_pandas_numbers(logs, tmp_path, monkeypatch):
    events, _, glob = logs
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    # each report kernel starts its own JVM: give it the test session's options (C1 JIT and
    # the serial GC start and run tiny jobs about twice as fast; see conftest's spark)
    monkeypatch.setenv(
        "PYSPARK_SUBMIT_ARGS", f'--driver-java-options "{JVM_OPTIONS}" pyspark-shell'
    )
    code = main(
        ["report", "outreach", "-q", "--as-of", AS_OF, "--outreach", glob,
         "--engine", "spark", "--spark-master", "local[2]", "--out", str(tmp_path)]
    )  # fmt: skip
    assert code == 0
    assert list(tmp_path.glob("*.html"))
    got = history.load(tmp_path / "history.duckdb", kind="outreach")
    # the pandas path's headline: what the notebook computes from a pandas log
    want = nr.outreach_headline(
        {
            "funnel": nk.outreach.funnel(events, as_of=AS_OF),
            "time_to_reply": nk.outreach.time_to_reply(events, as_of=AS_OF, resolution="1h"),
            "linkedin": nk.outreach.linkedin_response_rate(events, as_of=AS_OF),
            "cadence_summary": nk.outreach.cadence_summary(events),
        }
    )
    # and the headline band's measures (follow-ups due, the best template), as the history keeps
    want.update(headline_values(nk.outreach.headline(events, as_of=AS_OF)))
    # measures without a value (no median when under half replied) are left out on both sides
    want = {k: v for k, v in want.items() if v is not None and not math.isnan(v)}
    assert len(want) >= 6
    recorded = {
        m: v for m, v in zip(got["measure"], got["value"], strict=True) if not math.isnan(v)
    }
    assert set(recorded) == set(want), (recorded, want)
    assert recorded == pytest.approx(want, rel=1e-9)

    # --anonymize on Spark, comparing by sender so that senders are shown: pseudonyms
    # only, and the same numbers
    anon = tmp_path / "anon"
    code = main(
        ["report", "outreach", "-q", "--as-of", AS_OF, "--outreach", glob, "--anonymize",
         "-p", "compare_by", "sender", "--engine", "spark", "--spark-master", "local[2]",
         "--out", str(anon)]
    )  # fmt: skip
    assert code == 0
    html = (anon / "outreach_report.html").read_text(encoding="utf-8")
    names = set(events["sender"].dropna())
    assert names and not [n for n in names if n in html]
    assert html.count("Person ") >= len(names)
    got = history.load(anon / "history.duckdb", kind="outreach")
    again = {m: v for m, v in zip(got["measure"], got["value"], strict=True) if not math.isnan(v)}
    assert again == pytest.approx(recorded, rel=1e-12)


def test_only_small_aggregates_leave_spark(tmp_path, spark, monkeypatch):
    # 4,000 threads whose first touches all fall on one day (each thread's own timing kept):
    # every measure the outreach report runs must bring back counts per group, step, hour
    # or follow-up count, never a row per thread
    events = nk.sample.events(threads=4000, seed=2)
    first = events[events["event"] == "sent"].groupby("thread_id")["at"].min()
    start = events["thread_id"].map(first)
    day = pd.Timestamp("2026-06-01", tz="UTC")
    events["at"] = events["at"] - start + day + (start - start.dt.floor("D"))
    path = tmp_path / "dense.parquet"
    pq.write_table(pa.Table.from_pandas(events, preserve_index=False), path)
    sdf = nk.outreach.read_events_spark(str(path), spark=spark)
    as_of = str(events["at"].max())

    collected: list[int] = []
    spark_frame = type(sdf)  # the class whose collections are spied on
    for name in ("toPandas", "toArrow"):
        original = getattr(spark_frame, name)

        def spy(self, *args, _original=original, **kwargs):
            result = _original(self, *args, **kwargs)
            collected.append(len(result) if hasattr(result, "__len__") else result.num_rows)
            return result

        monkeypatch.setattr(spark_frame, name, spy)

    hours = {"as_of": as_of, "resolution": "1h"}
    report_measures = {
        "funnel": lambda: nk.outreach.funnel(sdf, by="template", as_of=as_of),
        "linkedin": lambda: nk.outreach.linkedin_response_rate(sdf, as_of=as_of),
        "within": lambda: nk.outreach.reply_within(sdf, days=30, as_of=as_of),
        "time_to_reply": lambda: nk.outreach.time_to_reply(sdf, by="channel", **hours),
        "reply_curve": lambda: nk.outreach.reply_curve(sdf, by="channel", **hours),
        "reply_by_step": lambda: nk.outreach.reply_by_step(sdf),
        "compare": lambda: nk.outreach.compare(sdf, by="template"),
        "send_time": lambda: nk.outreach.send_time(sdf),
        "cadence_summary": lambda: nk.outreach.cadence_summary(sdf),
        "follow_up_counts": lambda: nk.outreach.follow_up_counts(sdf),
        "facts": lambda: nr.event_facts(sdf),
    }
    largest = {}
    for name, measure in report_measures.items():
        collected.clear()
        measure()
        assert collected, f"{name} collected nothing through toPandas/toArrow"
        largest[name] = max(collected)
    assert max(largest.values()) < 4000 / 3, largest
    # the spy can fail: the per-thread cadence table is a row per thread
    collected.clear()
    nk.outreach.cadence(sdf)
    assert max(collected) >= 3500


def test_spark_scrubs_and_pseudonymises_as_pandas_does(tmp_path, spark):
    # addresses in the identifying columns (in any case) become the same contact- tokens,
    # elsewhere [email]/[phone], and with anonymize recipients and senders become the same
    # pseudonyms: the pandas code runs in Spark's Python workers
    events = nk.sample.events(threads=60, seed=4)
    first = events.index[events["event"] == "sent"][:3]
    events.loc[first[0], "thread_id"] = "Ana.Lima@Example.com/1"
    events.loc[first[1], "recipient_key"] = "ANA.LIMA@example.com"
    events.loc[first[2], "campaign"] = "call +31 6 1234 5678 or ana@example.org"
    # Java's regex reads the pattern's look-behinds as Python's does: a date is kept whole
    events.loc[first[1], "template"] = "sent 2024-01-01 12345678; call 2024-01-01 0612345678"
    path = tmp_path / "log.parquet"
    pq.write_table(pa.Table.from_pandas(events, preserve_index=False), path)
    sdf = nk.outreach.read_events_spark(str(path), spark=spark)
    key = b"k" * 32
    order = ["thread_id", "at", "event", "step"]
    for anonymize in (False, True):
        want = nr.prepare_events(events, anonymize=anonymize, key=key)
        got = nr.prepare_events_spark(sdf, anonymize=anonymize, key=key).toPandas()
        want = want.sort_values(order, ignore_index=True)
        got = got.sort_values(order, ignore_index=True)
        for col in ("thread_id", "recipient_key", "sender", "campaign", "template"):
            assert got[col].astype(object).tolist() == want[col].astype(object).tolist(), col
        text = " ".join(got[["thread_id", "recipient_key", "campaign"]].astype(str).stack())
        assert "@" not in text and "1234" not in text
    assert got["sender"].str.startswith("Person ").all()
    assert got["recipient_key"].str.startswith("member-").all()
    assert not set(got["sender"]) & set(events["sender"])


def test_the_window_keeps_the_same_threads_on_spark_as_on_pandas(tmp_path, spark):
    # one window, written once with narwhals: threads whose first touch is inside, cut at
    # the end of the last day
    events = nk.sample.events(threads=200, seed=6)
    path = tmp_path / "log.parquet"
    pq.write_table(pa.Table.from_pandas(events, preserve_index=False), path)
    sdf = nk.outreach.read_events_spark(str(path), spark=spark)
    days = events.loc[events["event"] == "sent", "at"].dt.strftime("%Y-%m-%d").sort_values()
    start, end = days.iloc[len(days) // 4], days.iloc[len(days) // 2]
    want = nr.prepare_events(events, start_date=start, end_date=end)
    got = nr.prepare_events(sdf, start_date=start, end_date=end).toPandas()
    assert 0 < want["thread_id"].nunique() < events["thread_id"].nunique()
    assert sorted(got["thread_id"].unique()) == sorted(want["thread_id"].unique())
    assert len(got) == len(want)
    assert want["at"].max() < pd.Timestamp(end, tz="UTC") + pd.Timedelta(days=1)


@pytest.mark.parametrize("timezone", [None, "Europe/Oslo"])
def test_spark_reads_times_as_read_events_does(tmp_path, spark, timezone):
    # issue 18: a zone-less time after an offset row, epoch seconds and milliseconds
    path = tmp_path / "mixed.csv"
    path.write_text(
        "thread_id,event,at\n"
        "a,sent,2025-01-01T10:00:00+02:00\n"
        "b,sent,2025-01-01 10:00:00\n"
        "b,replied,2025-07-01 10:00\n"
        "c,sent,1735725600\n"
        "c,replied,1735812000000\n",
        encoding="utf-8",
    )
    want = nk.outreach.read_events(path, timezone=timezone)["at"].dt.tz_convert(None)
    sdf = nk.outreach.read_events_spark(str(path), spark=spark, timezone=timezone)
    got = pd.to_datetime(sdf.select("at").toPandas()["at"])
    assert got.dt.tz_localize(None).tolist() == want.dt.as_unit("ns").tolist()
