"""The member's met-in-person annotations, made safe like every other input of a report.

The annotation file's ``context`` and ``tags`` are free text and are scrubbed of e-mail
addresses and phone numbers. Under ``anonymize`` the annotations are keyed the way the
anonymised export is (the same ``member-…`` pseudonym of each member key), so they still
apply to their connections; names in ``context`` become pseudonyms; and an error about the
file names it "the annotation file", never by its path.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from networkkit.export import Export
from networkkit.network import AnnotationError, read_annotations
from networkkit.prepare._privacy import Pseudonymizer, _replacer, name_matcher, scrub_text

__all__ = ["ANNOTATION_LABEL", "prepare_annotations"]

#: What an anonymised report calls the annotation file.
ANNOTATION_LABEL = "the annotation file"


def prepare_annotations(
    annotations: str | Path | pd.DataFrame,
    *,
    people: Export | None = None,
    anonymize: bool = False,
    key: bytes | None = None,
) -> pd.DataFrame:
    """Read the annotations and make them safe for a report, joinable after anonymisation.

    Parameters
    ----------
    annotations : str, Path or pandas.DataFrame
        The annotation CSV (see :func:`networkkit.network.read_annotations`).
    people : Export, optional
        The export as loaded (before pseudonymisation): its people's names are looked for
        in ``context`` under ``anonymize``.
    anonymize : bool, default False
        Pseudonymise member keys and names, and never name the file's path.
    key : bytes, optional
        The pseudonym key (required when ``anonymize``).

    Returns
    -------
    pandas.DataFrame
        ``member_key``, ``met_in_person`` (``yes``/``no``), ``context``, ``tags``: a frame
        :func:`networkkit.network.met_in_person` accepts in place of the file.

    Raises
    ------
    AnnotationError
        The file cannot be read (under ``anonymize`` it is named "the annotation file").
    """
    if anonymize and key is None:
        raise ValueError("anonymize needs a key")
    try:
        notes = read_annotations(annotations)
    except AnnotationError as err:
        if not anonymize:
            raise
        raise AnnotationError(
            err.message.replace(str(annotations), ANNOTATION_LABEL),
            file=ANNOTATION_LABEL,
            line=err.line,
            column=err.column,
        ) from None
    context = scrub_text(notes["context"].astype("string"))
    tags = scrub_text(notes["tags"].astype("string"))
    member_key = notes["member_key"].astype("string")
    if anonymize:
        member_key = Pseudonymizer(key).keys(member_key)
        if people is not None:
            replace = _replacer(name_matcher(people, key=key))
            context, tags = replace(context), replace(tags)
    return pd.DataFrame(
        {
            "member_key": member_key,
            "met_in_person": np.where(notes["met"].to_numpy(dtype=bool), "yes", "no"),
            "context": context,
            "tags": tags,
        }
    )
