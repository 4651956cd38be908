"""Company names: fold case and whitespace, and drop legal-form suffixes by tested rules.

A legal form is removed only **at the end of the name, after a separator** (a space or a
comma), and never when it is the whole name: "Acme, Inc." → "acme", "Nordlys AS" → "nordlys",
but "AS Roma", "Plan A" and "ASA" stay as they are. Japanese 株式会社 / (株) is removed at either
end (前株 and 後株), with or without a space. Several forms in a row are removed
("Kawa Trading Co., Ltd." → "kawa trading").
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["LEGAL_SUFFIXES", "normalize_company"]

#: Legal forms, written as regular expressions over the case-folded name (dots optional).
LEGAL_SUFFIXES: tuple[str, ...] = (
    r"inc\.?",
    r"incorporated",
    r"corp\.?",
    r"corporation",
    r"ltd\.?",
    r"limited",
    r"l\.?l\.?c\.?",
    r"l\.?l\.?p\.?",
    r"plc",
    r"co\.?",
    r"company",
    r"gmbh(?:\s*&\s*co\.?\s*kg)?",
    r"ag",
    r"kg",
    r"a/?s",
    r"asa",
    r"ab",
    r"oy",
    r"s\.?\s?p\.?\s?a\.?",
    r"s\.?\s?r\.?\s?l\.?",
    r"b\.?\s?v\.?",
    r"n\.?\s?v\.?",
    r"s\.?\s?a\.?",
    r"s\.?\s?a\.?\s?s\.?",
    r"s\.?\s?l\.?",
    r"s\.?\s?à\s?r\.?\s?l\.?",
    r"k\.?\s?k\.?",
    r"pty\.?",
    r"pvt\.?",
    r"private",
    r"bhd\.?",
    r"sdn\.?",
)

_SUFFIX = re.compile(r"(?:\s*,\s*|\s+)(?:" + "|".join(LEGAL_SUFFIXES) + r")\s*$")
_KABU = re.compile(r"^\s*(?:株式会社|\(株\)|（株）)\s*|\s*(?:株式会社|\(株\)|（株）)\s*$")


def normalize_company(names: pd.Series, *, max_rounds: int = 3) -> pd.Series:
    """Return the comparison key of each company name.

    Unicode NFKC, case folded, whitespace collapsed, a trailing comma or dot dropped, then
    legal-form suffixes (:data:`LEGAL_SUFFIXES`) removed from the end, up to ``max_rounds``
    times. A name that would become empty keeps its folded form.

    Parameters
    ----------
    names : pandas.Series
        Company names; missing stays missing.
    max_rounds : int, default 3
        How many stacked suffixes to remove at most ("Co., Ltd." is two).

    Returns
    -------
    pandas.Series
        String dtype, aligned with ``names``.

    Examples
    --------
    >>> normalize_company(pd.Series(["Acme, Inc.", "AS Roma", "Plan A", "Nordlys AS"])).tolist()
    ['acme', 'as roma', 'plan a', 'nordlys']
    """
    s = pd.Series(names, dtype="string")
    uniq = pd.Series(s.dropna().unique(), dtype=object)
    folded = uniq.str.normalize("NFKC").str.casefold().str.replace(r"\s+", " ", regex=True)
    folded = folded.str.strip().str.rstrip(",").str.strip()
    key = folded.str.replace(_KABU, "", regex=True)
    for _ in range(max_rounds):
        key = key.str.replace(_SUFFIX, "", regex=True).str.rstrip(" ,")
    key = key.where(key.str.len() > 0, folded)
    mapping = pd.Series(key.to_numpy(), index=uniq.to_numpy())
    return s.map(mapping).astype("string")
