"""Realistic synthetic LinkedIn exports and outreach event logs, any size, deterministic.

>>> import networkkit as nk
>>> manifest = nk.sample.write_export("out", connections=300)  # doctest: +SKIP
>>> log = nk.sample.events(threads=2000)  # doctest: +SKIP
"""

import hashlib
from pathlib import Path

from networkkit.sample._events import CAMPAIGNS, TEMPLATES, events, write_events
from networkkit.sample._export import ERAS, EXPORT_DATES, HEADERS, LAYOUTS, write_export

__all__ = [
    "CAMPAIGNS",
    "ERAS",
    "EXPORT_DATES",
    "HEADERS",
    "LAYOUTS",
    "TEMPLATES",
    "events",
    "fingerprint",
    "write_events",
    "write_export",
]


def fingerprint() -> str:
    """Return a SHA-256 of the generator's source files.

    Caches of generated inputs (benchmarks) can key on it: any change to the generator, and
    only such a change, gives a new value.

    Returns
    -------
    str
        Hex digest over every ``*.py`` file of ``networkkit/sample/``, in name order.
    """
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
