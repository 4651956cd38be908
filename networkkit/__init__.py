"""networkkit: measure your professional network and your outreach.

>>> import networkkit as nk
>>> ex = nk.load_export("data/sample")  # doctest: +SKIP

Every public module is an attribute of the package, so ``nk.`` and tab completion show them:
``nk.network``, ``nk.outreach`` and ``nk.sample`` are imported with the package; ``nk.plots``,
``nk.prepare``, ``nk.history``, ``nk.reports``, ``nk.export``, ``nk.lexicon`` and
``nk.errors`` on first use (matplotlib, DuckDB and the notebook machinery load only then).
"""

import importlib as _importlib
from typing import Any as _Any

from networkkit import network, outreach, sample
from networkkit._stats import describe_rates
from networkkit.errors import (
    ArchiveError,
    DecodeError,
    EventLogError,
    ExportError,
    LayoutError,
    NoLinkedInFilesError,
)
from networkkit.export import Export, Owner, load_export

__version__ = "0.1.0"

# Public modules imported on first attribute access, to keep ``import networkkit`` quick.
_LAZY_MODULES = ("errors", "export", "history", "lexicon", "plots", "prepare", "reports")

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
    "describe_rates",
    "errors",
    "export",
    "history",
    "lexicon",
    "load_export",
    "network",
    "outreach",
    "plots",
    "prepare",
    "reports",
    "sample",
]


def __getattr__(name: str) -> _Any:
    """Import a public module on first use (``nk.plots``, ``nk.reports``, ...)."""
    if name in _LAZY_MODULES:
        module = _importlib.import_module(f"networkkit.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module 'networkkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public names, the modules not yet imported included (for tab completion)."""
    return sorted(__all__)
