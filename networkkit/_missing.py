"""The one rule for missing values: NA in any column is missing, never a value.

Every measure reads its columns through these helpers, so that a comparison with a missing
cell is never asked whether it is true (``TypeError: boolean value of NA is ambiguous``) and
a missing cell never counts as a match. A cell that is missing is simply not known: it is
left out of the rows a test selects.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["equals", "is_true", "known"]


def is_true(mask: Any) -> np.ndarray:
    """Return a plain numpy boolean array where only a definite ``True`` is true.

    Parameters
    ----------
    mask : pandas.Series, pandas array, numpy array or list
        A boolean-like column that may hold NA (pandas' ``boolean`` dtype, ``object``).

    Returns
    -------
    numpy.ndarray of bool
        ``True`` where ``mask`` is true; ``False`` where it is false or missing.

    Examples
    --------
    >>> is_true(pd.array([True, None, False], dtype="boolean")).tolist()
    [True, False, False]
    """
    if isinstance(mask, np.ndarray) and mask.dtype == bool:
        return mask
    series = mask if isinstance(mask, pd.Series) else pd.Series(mask, dtype=object)
    if isinstance(series.dtype, pd.BooleanDtype) or series.dtype == bool:
        return series.fillna(False).to_numpy(dtype=bool)
    values = series.astype(object).to_numpy()
    return np.fromiter(
        (v is not None and v is not pd.NA and v == v and bool(v) for v in values),
        dtype=bool,
        count=len(values),
    )


def equals(values: pd.Series, value: Any) -> np.ndarray:
    """Return where ``values`` equals ``value``; a missing cell (or value) is never equal.

    Examples
    --------
    >>> equals(pd.Series(["a", None, "b"], dtype="string"), "a").tolist()
    [True, False, False]
    >>> equals(pd.Series(["a", None], dtype="string"), None).tolist()
    [False, False]
    """
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return np.zeros(len(values), dtype=bool)
    return is_true(values == value)


def known(values: pd.Series) -> np.ndarray:
    """Return where a column holds a value (not NA, NaN, NaT or ``None``) as numpy booleans."""
    return values.notna().to_numpy(dtype=bool)
