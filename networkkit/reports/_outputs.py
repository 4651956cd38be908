"""The last pass over a finished report: what a notebook's outputs may still carry.

The data is made safe before any table is drawn (:mod:`networkkit.prepare`); what is left is
text the run itself produced:

- warnings and errors kept in the executed (or failed) notebook, which may quote a raw value
  or a contact detail: always scrubbed of e-mail addresses and phone numbers, and under
  ``anonymize`` their quoted values are withheld too;
- the paths of the inputs, which often carry a name (``~/Marisol Threlkeld/gem log.csv``):
  under ``anonymize`` every spelling of each path (as given, absolute, its file name, its
  folder, HTML-escaped) becomes a neutral label such as "the export".

Every replacement is one compiled alternation of a handful of strings, built once per
report, so the pass is linear in the size of the notebook.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path
from typing import Any

from networkkit.prepare import scrub

__all__ = ["PATH_LABELS", "clean_outputs", "path_labels", "relabel", "warning_text"]

#: A report parameter holding a path → what an anonymised report calls it.
PATH_LABELS = {
    "export_path": "the export",
    "outreach_path": "the outreach log",
    "annotations_path": "the annotation file",
    "history_path": "the history",
    "key_path": "the pseudonym key file",
}

#: Shorter strings than this are not replaced on their own (a folder called "data" is no
#: one's name, and replacing the word everywhere would garble the report).
_SHORTEST = 8


def _spellings(value: str) -> set[str]:
    path = Path(value).expanduser()
    found = {value, str(path)}
    for form in (os.path.abspath(path), os.path.realpath(path)):
        found.add(form)
    for form in list(found):
        found.add(Path(form).name)
        found.add(Path(form).stem)
        found.add(str(Path(form).parent))
        found.add(Path(form).parent.name)
    found |= {html.escape(f) for f in found} | {html.escape(f, quote=False) for f in found}
    return {f for f in found if len(f) >= _SHORTEST and f not in {"/", "."}}


def path_labels(parameters: dict[str, Any]) -> dict[str, str]:
    """Return every spelling of the report's input paths → its neutral label.

    Parameters
    ----------
    parameters : dict
        The report's parameters (those ending in ``_path`` are read).

    Returns
    -------
    dict of str to str
        E.g. ``{"/home/ana/gem log.csv": "the outreach log", "gem log.csv": ...}``.
    """
    labels: dict[str, str] = {}
    for name, value in parameters.items():
        if not (name.endswith("_path") and isinstance(value, str) and value):
            continue
        label = PATH_LABELS.get(name, "the input")
        for spelling in _spellings(value):
            labels.setdefault(spelling, label)
    return labels


def relabel(text: str, labels: dict[str, str]) -> str:
    """Replace every spelling of an input path in ``text`` by its label, in one pass."""
    if not labels or not text:
        return text
    pattern = re.compile("|".join(map(re.escape, sorted(labels, key=len, reverse=True))))
    return pattern.sub(lambda m: labels[m.group(0)], text)


_QUOTED = re.compile(r"'[^'\n]{1,300}'|\"[^\"\n]{1,300}\"|‘[^’\n]{1,300}’|“[^”\n]{1,300}”")


def warning_text(text: str, *, anonymize: bool) -> str:
    """Return a warning or error as kept: scrubbed; quoted values withheld if anonymised."""
    text = scrub(text)
    return _QUOTED.sub("'…'", text) if anonymize else text


def _map_text(value: Any, func) -> Any:
    if isinstance(value, list):
        return [func(v) if isinstance(v, str) else v for v in value]
    return func(value) if isinstance(value, str) else value


def clean_outputs(nb: Any, parameters: dict[str, Any]) -> Any:
    """Scrub a finished notebook's warnings and errors; relabel paths under ``anonymize``.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed (or failed) notebook; modified in place and returned.
    parameters : dict
        The parameters it ran with (``anonymize`` and the ``*_path`` values are read).

    Returns
    -------
    nbformat.NotebookNode
        ``nb``.
    """
    anonymize = bool(parameters.get("anonymize"))
    labels = path_labels(parameters) if anonymize else {}

    def fix(text: str) -> str:
        return relabel(text, labels)

    def warn(text: str) -> str:
        return fix(warning_text(text, anonymize=anonymize))

    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind == "stream":
                func = warn if out.get("name") == "stderr" else fix
                out["text"] = _map_text(out.get("text", ""), func)
            elif kind == "error":
                out["evalue"] = warn(str(out.get("evalue", "")))
                out["traceback"] = _map_text(out.get("traceback", []), warn)
            data = out.get("data", {})
            for mime in [m for m in data if m.startswith("text/")]:
                data[mime] = _map_text(data[mime], fix)
        if labels and cell.get("cell_type") == "markdown":
            cell["source"] = _map_text(cell.get("source", ""), fix)
    return nb
