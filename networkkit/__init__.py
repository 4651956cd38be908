"""networkkit: measure your professional network and your outreach.

>>> import networkkit as nk
>>> ex = nk.load_export("data/sample")  # doctest: +SKIP

Every public module is an attribute of the package, so ``nk.`` and tab completion show them:
``nk.network``, ``nk.outreach``, ``nk.sample``, ``nk.plots``, ``nk.prepare``, ``nk.history``,
``nk.reports``, ``nk.export``, ``nk.lexicon`` and ``nk.errors``. All but ``errors`` load on
first use, so ``import networkkit`` (and the command line's ``--help``) loads neither pandas
nor matplotlib until something needs them.
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
    from networkkit import (
        export,
        history,
        lexicon,
        network,
        outreach,
        plots,
        prepare,
        reports,
        sample,
    )
    from networkkit._stats import describe_rates
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

#: Names imported on first use: public modules, and names that live in one of them.
_LAZY = {
    **{
        name: f"networkkit.{name}"
        for name in (
            "export",
            "history",
            "lexicon",
            "network",
            "outreach",
            "plots",
            "prepare",
            "reports",
            "sample",
        )
    },
    "Export": "networkkit.export",
    "Owner": "networkkit.export",
    "load_export": "networkkit.export",
    "describe_rates": "networkkit._stats",
}


def __getattr__(name: str) -> Any:
    """Import a public module or name on first use (``nk.plots``, ``nk.load_export``, ...)."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'networkkit' has no attribute {name!r}")
    module = importlib.import_module(where)
    value = module if where == f"networkkit.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names, the modules not yet imported included (for tab completion)."""
    return sorted(set(globals()) | set(__all__))
