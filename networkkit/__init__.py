"""networkkit: measure your professional network and your outreach.

>>> import networkkit as nk
>>> ex = nk.load_export("data/sample")  # doctest: +SKIP
"""

from networkkit import network, outreach, sample
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
