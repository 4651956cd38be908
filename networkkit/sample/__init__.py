"""Realistic synthetic LinkedIn exports and outreach event logs, any size, deterministic.

>>> import networkkit as nk
>>> manifest = nk.sample.write_export("out", connections=300)  # doctest: +SKIP
>>> log = nk.sample.events(threads=2000)  # doctest: +SKIP
"""

from networkkit.sample._events import CAMPAIGNS, TEMPLATES, events, write_events
from networkkit.sample._export import EXPORT_DATES, HEADERS, LAYOUTS, write_export

__all__ = [
    "CAMPAIGNS",
    "EXPORT_DATES",
    "HEADERS",
    "LAYOUTS",
    "TEMPLATES",
    "events",
    "write_events",
    "write_export",
]
