"""networkkit: measure your professional network and your outreach.

>>> import networkkit as nk
>>> ex = nk.load_export("data/sample")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from networkkit.errors import (
    ArchiveError,
    DecodeError,
    EventLogError,
    ExportError,
    LayoutError,
    NoLinkedInFilesError,
)

if TYPE_CHECKING:
    from networkkit import network, outreach, sample
    from networkkit.export import Export, Owner, load_export

__version__ = "0.1.0"

__all__ = [
    "ArchiveError",
    "DecodeError",
    "EventLogError",
    "Export",
    "ExportError",
    "LayoutError",
    "NoLinkedInFilesError",
    "Owner",
    "__version__",
    "load_export",
    "network",
    "outreach",
    "sample",
]

#: Names imported on first use, so ``import networkkit`` (and the command line's ``--help``)
#: does not load pandas and the measures until something needs them.
_LAZY = {
    "network": "networkkit.network",
    "outreach": "networkkit.outreach",
    "sample": "networkkit.sample",
    "Export": "networkkit.export",
    "Owner": "networkkit.export",
    "load_export": "networkkit.export",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'networkkit' has no attribute {name!r}")
    module = importlib.import_module(where)
    value = module if where.endswith(f".{name}") else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
