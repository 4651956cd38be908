"""Compute an expensive fixture once per test session, shared by every xdist worker.

Workers of one ``pytest -n N`` run share the parent of ``tmp_path_factory.getbasetemp()``;
the first worker to ask computes the value under an exclusive ``flock`` and stores it as
JSON, the others wait on the lock and read it.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def shared_root(tmp_path_factory) -> Path:
    """Return a folder shared by every worker of this session."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if base.name.startswith("popen-gw") else base
    folder = root / "security-shared"
    folder.mkdir(exist_ok=True)
    return folder


def once(tmp_path_factory, key: str, compute: Callable[[Path], Any]) -> Any:
    """Return ``compute(folder)`` (JSON-able), computed by the first worker only.

    ``folder`` is ``<shared root>/<key>``, a fresh folder the computation may fill; the
    value is cached beside it as ``<key>.json``.
    """
    root = shared_root(tmp_path_factory)
    cached = root / f"{key}.json"
    with (root / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if cached.exists():
                return json.loads(cached.read_text())
            folder = root / key
            folder.mkdir()
            value = compute(folder)
            cached.write_text(json.dumps(value))
            return value
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
