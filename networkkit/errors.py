"""The one exception family networkkit raises for bad input.

Every error carries the file (and, where there is one, the line) it is about, and a sentence
a user can act on. ``str(err)`` is that sentence, ready to print without a traceback.
"""

from __future__ import annotations

__all__ = [
    "ArchiveError",
    "DecodeError",
    "EventLogError",
    "ExportError",
    "LayoutError",
    "NoLinkedInFilesError",
]


class ExportError(Exception):
    """Base class: an input networkkit cannot use.

    Parameters
    ----------
    message : str
        What is wrong and what to do, in one sentence.
    file : str, optional
        The file (or archive member) the problem is in.
    line : int, optional
        The 1-based line number in ``file``, where there is one.
    column : str, optional
        The column the problem is in, where there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.message = message
        self.file = None if file is None else str(file)
        self.line = line
        self.column = column
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f", line {self.line}"
            if self.column is not None:
                where += f", column {self.column!r}"
            where += ": "
        return where + self.message


class ArchiveError(ExportError):
    """The path is not a readable zip or folder, or the zip is corrupt or unsafe."""


class NoLinkedInFilesError(ExportError):
    """The archive holds no file networkkit recognises as part of a LinkedIn export."""


class DecodeError(ExportError):
    """A file's bytes cannot be decoded as text in any encoding LinkedIn has used."""


class LayoutError(ExportError):
    """A file's header matches no known layout, or its rows cannot be read."""


class EventLogError(ExportError):
    """An outreach event log (canonical, Gem, Apollo, mapped CSV) cannot be read."""


class CustomNotebookError(ValueError):
    """``NETWORKKIT_NOTEBOOKS`` names a folder that is missing or lacks a report notebook."""


class ParameterError(ValueError):
    """A report parameter is out of its allowed range; the message names it and the range."""
