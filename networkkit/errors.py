"""Every exception class networkkit defines, in one place.

:class:`ExportError` and its subclasses are the one family raised for bad input: each carries
the file (and, where there is one, the line) it is about, and a sentence a user can act on.
``str(err)`` is that sentence, ready to print without a traceback. :class:`ReportError` is a
report that could not be rendered; :class:`SectionSkipped` ends one report section early;
:class:`ParameterError` is a report parameter that cannot be used.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "AnnotationError",
    "ArchiveError",
    "DecodeError",
    "EventLogError",
    "ExportError",
    "LayoutError",
    "NoLinkedInFilesError",
    "ParameterError",
    "ReportError",
    "SectionSkipped",
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


class AnnotationError(LayoutError):
    """The member's met-in-person annotation file cannot be read (a bad header or row)."""


class ReportError(Exception):
    """A report could not be rendered; ``str(err)`` is one sentence naming the section.

    Parameters
    ----------
    message : str
        The sentence.
    section : str, optional
        The heading of the section whose cell failed.
    notebook : Path, optional
        The failed executed notebook kept for debugging.
    bad_input : bool, default False
        The report failed on its input (an :class:`ExportError`), not in a section.
    """

    def __init__(
        self,
        message: str,
        *,
        section: str | None = None,
        notebook: Path | None = None,
        bad_input: bool = False,
    ) -> None:
        super().__init__(message)
        self.section = section
        self.notebook = notebook
        self.bad_input = bad_input


class SectionSkipped(Exception):
    """Raise inside :func:`networkkit.reports.section` to end a section after saying why."""


class ParameterError(ValueError):
    """A report parameter is unknown, unreadable or out of its allowed range.

    The message is one sentence naming the parameter and what it takes (a usage mistake:
    exit code 2 on the command line).
    """


class CustomNotebookError(ParameterError):
    """``NETWORKKIT_NOTEBOOKS`` names a folder that is missing or lacks a report notebook."""
