"""Codes in words: what the network report shows instead of ``und``, ``nb`` or ``not_met``.

The measures keep their short codes (stable, testable); these functions turn a measure's
result into the words a reader sees above a report's appendix.
"""

from __future__ import annotations

import pandas as pd

from networkkit.network._actions import SIGNAL_WORDS

__all__ = ["LANGUAGE_NAMES", "MET_WORDS", "language_name", "offers_in_words", "signals_in_words"]

#: ISO 639-1 codes the language detector returns, in English; ``und``: not detected.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "nb": "Norwegian",
    "no": "Norwegian",
    "nn": "Norwegian",
    "sv": "Swedish",
    "da": "Danish",
    "fi": "Finnish",
    "pt": "Portuguese",
    "pl": "Polish",
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
    "ru": "Russian",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
    "und": "not detected",
}

#: Met-in-person statuses in words.
MET_WORDS = {
    "met": "met (you confirmed)",
    "inferred": "met (a message says so)",
    "not_met": "not met (you said so)",
    "unknown": "not known",
}


def language_name(code: object) -> str:
    """Return a language code in English words (``nb`` → ``Norwegian``); unknown codes say so."""
    if code is None or pd.isna(code):
        return "not detected"
    return LANGUAGE_NAMES.get(str(code), "another language")


def signals_in_words(signals: object) -> str:
    """Return a ``;``-joined signal string in words (``recruiter_title;job_phrase`` → words)."""
    if signals is None or pd.isna(signals) or not str(signals):
        return "–"
    words = [SIGNAL_WORDS.get(s, "another sign") for s in str(signals).split(";") if s]
    return "; ".join(words)


def offers_in_words(offers: pd.DataFrame) -> pd.DataFrame:
    """Return the recruiter messages as a reader sees them, the latest first.

    Parameters
    ----------
    offers : pandas.DataFrame
        :func:`~networkkit.network.inbound_offers`.

    Returns
    -------
    pandas.DataFrame
        ``received`` (date), ``from`` (name), ``language`` (words), ``written for you``
        (yes/no), ``why we think so`` (signals in words), ``you answered`` (yes/no).
    """
    latest = offers.sort_values("sent_at", ascending=False, kind="stable")
    return pd.DataFrame(
        {
            "received": latest["sent_at"].dt.strftime("%Y-%m-%d").to_numpy(),
            "from": latest["sender_name"].to_numpy(),
            "language": [language_name(c) for c in latest["language"]],
            "written for you": ["yes" if p else "no, a template" for p in latest["personal"]],
            "why we think so": [signals_in_words(s) for s in latest["signals"]],
            "you answered": ["yes" if r else "no" for r in latest["replied"]],
        }
    )
