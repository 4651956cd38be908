"""Benchmark inputs from ``nk.sample``, cached under ``benchmarks/_data/`` (git-ignored).

Each input sits in a folder named after its sizes and seed, with a ``manifest.json`` holding
the parameters and ``nk.sample.fingerprint()`` (a hash of the generator's source). An input
whose manifest is missing or differs (the generator changed) is regenerated; otherwise it is
reused.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from pathlib import Path

import networkkit as nk

HERE = Path(__file__).resolve().parent
DATA = HERE / "_data"
#: Today's export layout: every field quoted, real newlines inside message contents.
LAYOUT = "2026"
SEED = 6


def _generator_hash() -> str:
    return nk.sample.fingerprint()[:16]


def _cached(folder: Path, params: dict, build) -> Path:
    manifest = folder / "manifest.json"
    want = {**params, "generator": _generator_hash()}
    if manifest.exists() and json.loads(manifest.read_text()).get("params") == want:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    t0 = time.perf_counter()
    print(f"  generating {folder.name} ...", flush=True)
    build(folder)
    seconds = time.perf_counter() - t0
    manifest.write_text(json.dumps({"params": want, "seconds": seconds}, indent=1))
    print(f"  generated {folder.name} in {seconds:.1f} s", flush=True)
    return folder


def export(
    *, connections: int, messages: int, invitations: int, seed: int = SEED, data: Path = DATA
) -> Path:
    """Folder holding an export of today's layout at the given sizes."""
    params = {
        "connections": connections,
        "messages": messages,
        "invitations": invitations,
        "seed": seed,
        "layout": LAYOUT,
    }
    name = f"export-c{connections}-m{messages}-i{invitations}-s{seed}"

    def build(folder: Path) -> None:
        nk.sample.write_export(
            folder / "export",
            connections=connections,
            messages=messages,
            invitations=invitations,
            seed=seed,
            layout=LAYOUT,
        )

    return _cached(data / name, params, build) / "export"


def events_for(*, n_events: int, seed: int = SEED, data: Path = DATA) -> Path:
    """Parquet file of an outreach event log with about ``n_events`` events (whole threads).

    ``nk.sample.events`` is sized in threads; the number of threads is found from the events
    per thread of a small calibration log with the same seed.
    """
    probe = nk.sample.events(threads=20_000, seed=seed)
    threads = max(1, math.ceil(n_events * 20_000 / len(probe)))
    return events(threads=threads, seed=seed, data=data)


def events(*, threads: int, seed: int = SEED, data: Path = DATA) -> Path:
    """Parquet file of an outreach event log of ``threads`` threads."""
    params = {"threads": threads, "seed": seed}

    def build(folder: Path) -> None:
        nk.sample.write_events(folder / "events.parquet", threads=threads, seed=seed)

    return _cached(data / f"events-t{threads}-s{seed}", params, build) / "events.parquet"


def partitioned(events_path: Path, *, parts: int = 8) -> Path:
    """The same events as a folder of ``parts`` Parquet files (``part-*.parquet``), for Spark."""
    import pyarrow.parquet as pq

    folder = events_path.parent / "partitioned"
    stamp = folder / ".done"
    if stamp.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    table = pq.read_table(events_path)
    step = math.ceil(table.num_rows / parts)
    for i in range(parts):
        pq.write_table(table.slice(i * step, step), folder / f"part-{i:03d}.parquet")
    stamp.touch()
    return folder
