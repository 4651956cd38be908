"""Realistic synthetic LinkedIn exports and outreach event logs, any size, deterministic.

>>> import networkkit as nk
>>> manifest = nk.sample.write_export("out", connections=300)  # doctest: +SKIP
>>> events = nk.sample.events(threads=2000)  # doctest: +SKIP
"""

from networkkit.sample._export import EXPORT_DATES, HEADERS, LAYOUTS, write_export

__all__ = ["EXPORT_DATES", "HEADERS", "LAYOUTS", "write_export"]
