"""The network report's headline: the few numbers that say how the member is doing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from networkkit._stats import headline_frame, headline_row
from networkkit.export import Export
from networkkit.network._actions import waiting
from networkkit.network._common import DAY, as_of, conversations_from, messages
from networkkit.network._freshness import keep_warm
from networkkit.network._met import met_in_person
from networkkit.network._offers import inbound_offers

__all__ = ["headline"]


def headline(
    ex: Export,
    *,
    annotations: str | Path | pd.DataFrame | None = None,
    new_days: float = 90,
    min_age_days: float = 14,
) -> pd.DataFrame:
    """Compute the network headline: six to seven numbers, each with its counts.

    Parameters
    ----------
    ex : Export
        The member's export.
    annotations : str, pathlib.Path or pandas.DataFrame, optional
        The member's "met in person" annotations (see
        :func:`~networkkit.network.read_annotations`).
    new_days : float, default 90
        Connections made within this many days of ``as_of`` are new.
    min_age_days : float, default 14
        A conversation younger than this is not yet decided: left out of the reply rates.

    Returns
    -------
    pandas.DataFrame
        Seven rows, in this order, with columns ``measure, label, value, numerator,
        denominator, low, high, note`` (``low``/``high``: 95 % Wilson bounds of a rate, NaN
        for counts; ``numerator``/``denominator`` NA where they do not apply):

        - ``connections``: all connections (hidden members included).
        - ``new_connections``: connected within ``new_days`` (numerator) of all (denominator).
        - ``met_in_person``: share met in person, confirmed (annotation) plus inferred.
        - ``waiting``: people waiting for the member's answer (:func:`waiting`).
        - ``member_reply_rate``: conversations others started (mass recruiter templates left
          out) that the member answered, of those at least ``min_age_days`` old.
        - ``others_reply_rate``: conversations the member started that the other side
          answered, of those at least ``min_age_days`` old.
        - ``going_quiet``: relationships worth keeping that are going quiet
          (:func:`~networkkit.network.keep_warm`, all of them).
    """
    end = as_of(ex)
    c = ex.connections
    n_conn = len(c)
    new = int(((end - c["connected_on"]) / DAY <= new_days).fillna(False).sum())
    met = met_in_person(ex, annotations)
    n_met = int(met["status"].isin(["met", "inferred"]).sum())
    n_confirmed = int((met["status"] == "met").sum())
    offers = inbound_offers(ex)
    n_wait = len(waiting(ex, offers=offers))
    conv = conversations_from(messages(ex))
    old = ((end - conv["started_at"]) / DAY >= min_age_days).to_numpy(dtype=bool)
    answered = conv["first_reply_at"].notna().to_numpy(dtype=bool)
    templates = set(offers.loc[~offers["personal"].to_numpy(dtype=bool), "conversation_id"])
    template = conv["conversation_id"].isin(templates).to_numpy(dtype=bool)
    theirs = old & (conv["started_by"] == "contact").to_numpy(dtype=bool) & ~template
    mine = old & (conv["started_by"] == "owner").to_numpy(dtype=bool)
    quiet = keep_warm(ex, top_n=None)
    rows = [
        headline_row("connections", "Connections", value=n_conn, note="hidden members included"),
        headline_row(
            "new_connections",
            f"New connections (last {new_days:g} days)",
            value=new,
            numerator=new,
            denominator=n_conn,
        ),
        headline_row(
            "met_in_person",
            "Met in person",
            numerator=n_met,
            denominator=n_conn,
            rate=True,
            note=f"{n_confirmed} confirmed by you, {n_met - n_confirmed} inferred from messages",
        ),
        headline_row(
            "waiting",
            "People waiting for your answer",
            value=n_wait,
            note="last message from them, in the last year",
        ),
        headline_row(
            "member_reply_rate",
            "You answer others",
            numerator=int((theirs & answered).sum()),
            denominator=int(theirs.sum()),
            rate=True,
            note=f"conversations others started, at least {min_age_days:g} days old, "
            "mass recruiter messages left out",
        ),
        headline_row(
            "others_reply_rate",
            "Others answer you",
            numerator=int((mine & answered).sum()),
            denominator=int(mine.sum()),
            rate=True,
            note=f"conversations you started, at least {min_age_days:g} days old",
        ),
        headline_row(
            "going_quiet",
            "Relationships going quiet",
            value=len(quiet),
            note="two-way, active in the last two years, silent for twice their usual gap",
        ),
    ]
    return headline_frame(rows)
