"""Readers for two more outreach tools: lemlist's activity export and HubSpot's email events.

Column and event names are those of the tools' public documentation (docs/FORMATS.md cites
the pages): lemlist's activities (``GET /api/activities`` and the app's export), HubSpot's
Email Events API (the marketing email events, one row per event, flattened to a table).
Both become the canonical event log of :func:`networkkit.outreach.read_events`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from networkkit.outreach._log_schema import NOT_RECORDED_ATTR, TRACKED_ATTR, conform_events
from networkkit.outreach._read_notes import DROPPED_ATTR
from networkkit.outreach._sources import (
    _TEXT,
    Notes,
    _drop_duplicates,
    _flags,
    _need,
    _step_from_order,
    _times,
)

__all__ = ["HUBSPOT_TYPES", "LEMLIST_TYPES", "read_hubspot", "read_lemlist"]

#: lemlist activity types (lower case; ``emails…`` and ``email…`` both occur in its docs)
#: → canonical (event, channel). Other types (tasks, visits, invitations, unsubscribes…) are
#: not touches or answers: skipped and counted.
LEMLIST_TYPES = {
    "emailssent": ("sent", "email"),
    "emailsopened": ("opened", "email"),
    "emailsclicked": ("clicked", "email"),
    "emailsreplied": ("replied", "email"),
    "emailsbounced": ("bounced", "email"),
    "linkedinsent": ("sent", "linkedin"),
    "linkedinreplied": ("replied", "linkedin"),
}
#: HubSpot email event types → canonical events. HubSpot's email events have no reply:
#: replies are "not tracked" for this source. DELIVERED, PROCESSED, DROPPED, DEFERRED,
#: STATUSCHANGE, SPAMREPORT, FORWARD, PRINT, SUGGESTION and UNBOUNCE are skipped.
HUBSPOT_TYPES = {"sent": "sent", "bounce": "bounced", "open": "opened", "click": "clicked"}

LEMLIST_REQUIRED = ("type", "createdAt", "leadId", "campaignId")
HUBSPOT_REQUIRED = ("type", "created", "recipient")


def _text(df: pd.DataFrame, column: str) -> pd.Series:
    if column not in df.columns:
        return pd.Series(pd.NA, index=df.index, dtype=_TEXT)
    out = df[column].astype(_TEXT).str.strip()
    return out.mask(out == "")


def _bot(df: pd.DataFrame, column: str, file: str, notes: Notes | None) -> pd.Series:
    if column not in df.columns:
        return pd.Series(False, index=df.index)
    return _flags(df, column, file, notes)


def _read_times(
    df: pd.DataFrame, keep: Any, column: str, file: str, timezone: str, notes: Notes | None
) -> pd.Series:
    """Read the times of the rows kept (a skipped type is never checked); NaT elsewhere."""
    at = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns, UTC]")
    if keep.any():
        at[keep] = _times(df[keep], column, file, timezone=timezone, notes=notes)
    return at


def _finish(ev: pd.DataFrame, skipped: int, seen: pd.Series, dropped: int = 0) -> pd.DataFrame:
    """Drop duplicates and count steps by time; opens/clicks are tracked if the log has any.

    ``seen`` is every row's canonical event before bots were left out: a source whose only
    click came from a bot still tracks clicks (0 human clicks, not "not tracked").
    """
    ev, duplicates = _drop_duplicates(ev)
    ev = ev.reset_index(drop=True)
    ev["step"] = _step_from_order(ev)
    out = conform_events(ev, keep_extra=False)
    out.attrs[TRACKED_ATTR] = [e for e in ("opened", "clicked") if (seen == e).any()]
    out.attrs["skipped"] = skipped
    out.attrs["duplicates"] = duplicates
    out.attrs["started_before_log"] = 0  # steps are numbered from the touches logged
    out.attrs[DROPPED_ATTR] = dropped
    return out


def read_lemlist(
    df: pd.DataFrame, file: str, timezone: str = "UTC", notes: Notes | None = None
) -> pd.DataFrame:
    """Read lemlist's activity export (one row per activity).

    A thread is one lead in one campaign (``campaignId``/``leadId``). Steps are numbered by
    the order of the touches sent: lemlist's zero-based ``sequenceStep`` counts every step
    of a sequence (visits, delays, tasks), not only messages. An open or click made by a bot
    (``bot`` true) is a machine open; bot clicks are skipped. ``emailTemplateId`` becomes
    ``template``, ``campaignName`` (or ``name``) ``campaign``; ``leadId`` is the recipient
    key (never the lead's e-mail address).
    """
    _need(df, file, LEMLIST_REQUIRED)
    kind = _text(df, "type").str.lower()
    singular = kind.str.startswith("email") & ~kind.str.startswith("emails")
    kind = kind.where(~singular.fillna(False), "emails" + kind.str.slice(5))
    mapped = kind.map(lambda v: LEMLIST_TYPES.get(v) if isinstance(v, str) else None)
    event = mapped.map(lambda v: v[0] if v else None)
    channel = mapped.map(lambda v: v[1] if v else None)
    bot = _bot(df, "bot", file, notes).to_numpy(dtype=bool)
    keep = event.notna().to_numpy() & ~(bot & (event == "clicked").to_numpy(dtype=bool))
    at = _read_times(df, keep, "createdAt", file, timezone, notes)
    campaign = _text(df, "campaignName")
    if "name" in df.columns:
        campaign = campaign.fillna(_text(df, "name"))
    lead = _text(df, "leadId")
    ev = pd.DataFrame(
        {
            "thread_id": _text(df, "campaignId").fillna("") + "/" + lead.fillna(""),
            "event": event.astype(_TEXT),
            "at": at,
            "recipient_key": lead,
            "campaign": campaign,
            "template": _text(df, "emailTemplateId"),
            "channel": channel.astype(_TEXT),
            "machine": pd.array(bot, dtype="boolean"),
        }
    )
    ev["machine"] = ev["machine"].where(ev["event"] == "opened")
    gone = keep & at.isna().to_numpy(dtype=bool)
    return _finish(ev[keep & ~gone], int((~keep).sum()), event, int(gone.sum()))


def read_hubspot(
    df: pd.DataFrame, file: str, timezone: str = "UTC", notes: Notes | None = None
) -> pd.DataFrame:
    """Read HubSpot's email events (Email Events API, one row per event).

    ``created`` is epoch milliseconds (ISO text is read too). A thread is one recipient of
    one email campaign (``emailCampaignId``/``recipient``; the recipient alone without a
    campaign column). An open with ``filteredEvent`` true (HubSpot's filter for bots and
    security scanners) is a machine open; a filtered click is skipped. HubSpot's email events
    record no replies: reply counts, rates and every time to reply are "not tracked".
    """
    _need(df, file, HUBSPOT_REQUIRED)
    kind = _text(df, "type").str.lower()
    event = kind.map(HUBSPOT_TYPES)
    filtered = _bot(df, "filteredEvent", file, notes).to_numpy(dtype=bool)
    keep = event.notna().to_numpy() & ~(filtered & (event == "clicked").to_numpy(dtype=bool))
    at = _read_times(df, keep, "created", file, timezone, notes)
    recipient = _text(df, "recipient").str.lower()
    campaign = _text(df, "emailCampaignId")
    thread = (campaign.fillna("") + "/" + recipient.fillna("")).str.lstrip("/")
    ev = pd.DataFrame(
        {
            "thread_id": thread,
            "event": event.astype(_TEXT),
            "at": at,
            "recipient_key": recipient,
            "campaign": _text(df, "appName").where(campaign.isna(), campaign),
            "channel": pd.Series("email", index=df.index, dtype=_TEXT),
            "machine": pd.array(filtered, dtype="boolean"),
        }
    )
    ev["machine"] = ev["machine"].where(ev["event"] == "opened")
    gone = keep & at.isna().to_numpy(dtype=bool)
    out = _finish(ev[keep & ~gone], int((~keep).sum()), event, int(gone.sum()))
    out.attrs[NOT_RECORDED_ATTR] = ["replied"]
    return out
