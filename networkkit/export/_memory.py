"""Which pyarrow memory pool the loader allocates from.

Loading builds many short-lived buffers (a block of the CSV reader, a column before and after a
clean-up step) beside the tables it keeps. pyarrow's default pool on Linux, mimalloc, gives
freed memory back to the system after about 10 ms, so the next buffer is fresh memory again:
on a machine with transparent huge pages the kernel then zeroes a 2 MiB page for it. Measured
on the 1M-message benchmark export (``benchmarks/README.md``, fresh processes), a load took
0.3-1.8 s of system time with mimalloc, varying with the machine's state, and about 0.5 s with
pyarrow's jemalloc pool, which keeps freed pages for reuse a while: in 7 interleaved runs,
1.60 s against 1.22 s of wall time, at a peak 60-90 MiB higher.

So while :func:`~networkkit.load_export` runs, and only when pyarrow's default pool is
mimalloc and was not chosen through ``ARROW_DEFAULT_MEMORY_POOL``, the jemalloc pool becomes
pyarrow's default; the previous default is put back when it returns.
Arrays remember the pool they came from, so nothing else changes for the caller. Set
``NETWORKKIT_MEMORY_POOL=default`` to keep pyarrow's default pool while loading.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

import pyarrow as pa

__all__ = ["loading_pool"]

_LOCK = threading.Lock()
_DEPTH = 0
_SAVED: pa.MemoryPool | None = None


def _retaining_pool() -> pa.MemoryPool | None:
    """Return the pool to load with, or ``None`` to keep the process's default."""
    if os.environ.get("NETWORKKIT_MEMORY_POOL", "").lower() == "default":
        return None
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return None  # the user chose pyarrow's default pool
    if pa.default_memory_pool().backend_name != "mimalloc":
        return None  # a pool of the caller's (system, jemalloc), or no mimalloc here
    try:
        return pa.jemalloc_memory_pool()
    except (NotImplementedError, pa.ArrowNotImplementedError):
        return None  # a pyarrow built without jemalloc


@contextlib.contextmanager
def loading_pool() -> Iterator[None]:
    """Make the jemalloc pool pyarrow's default for the duration of the block (see module).

    Nested and concurrent loads share one switch: the first to enter makes it, the last to
    leave puts the previous default back.
    """
    global _DEPTH, _SAVED
    with _LOCK:
        if _DEPTH == 0:
            pool = _retaining_pool()
            if pool is not None:
                _SAVED = pa.default_memory_pool()
                pa.set_memory_pool(pool)
        _DEPTH += 1
    try:
        yield
    finally:
        with _LOCK:
            _DEPTH -= 1
            if _DEPTH == 0 and _SAVED is not None:
                pa.set_memory_pool(_SAVED)
                _SAVED = None
