"""The member's own profile as others first see it: a short checklist."""

from __future__ import annotations

import pandas as pd

from networkkit.export import Export
from networkkit.network._common import DAY, as_of, messages

__all__ = ["profile_checklist"]

#: Activity files of ``Export.extra`` that show the member active, and their time column.
ACTIVITY = {"shares": "shares", "reactions": "reactions", "comments": "comments"}


def _text(df: pd.DataFrame, column: str) -> str | None:
    if column not in df.columns or df.empty:
        return None
    values = df[column].dropna().astype(str).str.strip()
    values = values[values.str.len() > 0]
    return values.iloc[0] if len(values) else None


def _latest_time(df: pd.DataFrame) -> pd.Timestamp | None:
    times = [
        df[c].max()
        for c in df.columns
        if isinstance(df[c].dtype, pd.DatetimeTZDtype) and df[c].notna().any()
    ]
    return max(times) if times else None


def profile_checklist(ex: Export, *, min_skills: int = 5, recent_days: float = 90) -> pd.DataFrame:
    """Check the member's profile for what makes a first impression.

    From ``Profile.csv``, ``Positions.csv`` and ``Skills.csv``, and for recent activity the
    member's shares, reactions and comments (``Export.extra``) and the messages they sent.
    A file the export lacks makes its item not ok, with the detail saying the file is
    missing (an export without ``Profile.csv`` cannot show a headline).

    Parameters
    ----------
    ex : Export
        The member's export.
    min_skills : int, default 5
        Fewest skills for the skills item to be ok (LinkedIn suggests listing at least five).
    recent_days : float, default 90
        Activity within this many days of ``as_of`` counts as recent.

    Returns
    -------
    pandas.DataFrame
        Five rows, always in this order — ``headline``, ``summary``, ``current_position``,
        ``skills``, ``recent_activity``:

        - ``item`` (string): the item's code.
        - ``label`` (string): the item in words.
        - ``ok`` (bool): whether the profile has it.
        - ``detail`` (string): one plain-English line (what is there, or what to add).
    """
    prof = ex.profile
    rows = []
    headline = _text(prof, "headline")
    rows.append(
        (
            "headline",
            "Headline",
            headline is not None,
            f"“{headline}”" if headline else "No headline: say what you do in a few words.",
        )
    )
    summary = _text(prof, "summary")
    rows.append(
        (
            "summary",
            "Summary (About)",
            summary is not None,
            f"{len(summary)} characters" if summary else "No summary: add a short About section.",
        )
    )
    pos = ex.positions
    current = pos[pos["is_current"].fillna(pos["finished_on"].isna()).astype(bool)]
    if len(current):
        first = current.iloc[0]
        title = first["title"] if pd.notna(first["title"]) else "a position"
        company = first["company_name"]
        what = f"{title} at {company}" if pd.notna(company) else str(title)
        rows.append(("current_position", "Current position", True, what))
    else:
        rows.append(
            (
                "current_position",
                "Current position",
                False,
                "No current position: add your present role.",
            )
        )
    n_skills = int(ex.skills["name"].dropna().nunique())
    rows.append(
        (
            "skills",
            "Skills",
            n_skills >= min_skills,
            f"{n_skills} skill{'s' if n_skills != 1 else ''} listed"
            + ("" if n_skills >= min_skills else f"; add at least {min_skills - n_skills} more"),
        )
    )
    end = as_of(ex)
    latest = []
    for key, label in ACTIVITY.items():
        t = _latest_time(ex.extra[key]) if key in ex.extra else None
        if t is not None:
            latest.append((t, label))
    m = messages(ex)
    sent = m.loc[(m["direction"] == "outgoing").to_numpy(dtype=bool), "sent_at"]
    if len(sent):
        latest.append((sent.max(), "messages"))
    recent = [(t, what) for t, what in latest if (end - t) / DAY <= recent_days]
    if recent:
        what = ", ".join(sorted({w for _, w in recent}))
        t = max(t for t, _ in recent)
        detail = f"Active in the last {recent_days:g} days ({what}; latest {t:%Y-%m-%d})"
    elif latest:
        t = max(t for t, _ in latest)
        detail = f"Nothing in the last {recent_days:g} days; latest activity {t:%Y-%m-%d}"
    else:
        detail = "No activity in the export"
    rows.append(("recent_activity", "Recent activity", bool(recent), detail))
    out = pd.DataFrame(rows, columns=["item", "label", "ok", "detail"])
    return out.astype({"item": "string", "label": "string", "ok": "bool", "detail": "string"})
