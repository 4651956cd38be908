"""nk.describe_rates: every rate with the numerator and denominator its measure recorded."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk
from networkkit._stats import RATES_ATTR, add_rate, format_rate


def _events() -> pd.DataFrame:
    """Four e-mail threads and two LinkedIn threads: opens are tracked on the e-mails only."""
    rows = []
    for i, (channel, opened, replied) in enumerate(
        [
            ("email", True, True),
            ("email", True, False),
            ("email", False, False),
            ("email", False, False),
            ("linkedin", False, True),
            ("linkedin", False, True),
        ]
    ):
        at = pd.Timestamp("2026-03-02 09:00", tz="UTC") + pd.Timedelta(hours=i)
        base = {"thread_id": f"t{i}", "recipient_key": f"person-{i}", "channel": channel}
        rows.append({**base, "event": "sent", "at": at, "step": 1})
        if opened:
            rows.append({**base, "event": "opened", "at": at + pd.Timedelta(hours=1)})
        if replied:
            rows.append({**base, "event": "replied", "at": at + pd.Timedelta(days=1)})
    return pd.DataFrame(rows)


def test_funnel_rates_keep_their_own_denominators():
    funnel = nk.outreach.funnel(_events())
    rates = nk.describe_rates(funnel).set_index("rate")
    assert rates.loc["open_rate", ["numerator", "denominator", "k", "n"]].tolist() == [
        "opened",
        "tracked",
        2,
        4,
    ]
    assert rates.loc["reply_rate", ["denominator", "k", "n"]].tolist() == ["delivered", 3, 6]
    assert rates.loc["open_rate", "text"].startswith("2 / 4 = 50.0 % (")
    assert rates.loc["reply_rate", "text"].startswith("3 / 6 = 50.0 % (")
    assert rates.loc["reply_rate", "text"].endswith(" · small sample")
    for _, row in rates.dropna(subset=["value"]).iterrows():
        assert row["low"] <= row["value"] <= row["high"]
        assert row["value"] == pytest.approx(row["k"] / row["n"])


def test_group_labels_and_untracked_rates():
    events = _events()
    events["template"] = events["channel"].map({"email": "short-intro", "linkedin": "warm"})
    rates = nk.describe_rates(nk.outreach.funnel(events, by="template"))
    assert list(rates.columns[:2]) == ["template", "rate"]
    warm = rates[(rates["template"] == "warm") & (rates["rate"] == "open_rate")]
    assert warm["text"].tolist() == ["not tracked"]  # LinkedIn messages carry no opens, not 0 %


def test_a_table_without_recorded_rates_is_refused():
    plain = pd.DataFrame({"replied": [3], "delivered": [6], "reply_rate": [0.5]})
    with pytest.raises(ValueError, match="records no rates"):
        nk.describe_rates(plain)
    add_rate(plain, "reply_rate", "replied", "delivered")
    assert plain.attrs[RATES_ATTR] == {"reply_rate": ("replied", "delivered")}
    assert nk.describe_rates(plain)["text"].tolist() == [
        "3 / 6 = 50.0 % (18.8–81.2 %) · small sample"
    ]


def test_format_rate_shows_the_numbers_it_is_given():
    assert format_rate(pd.NA, 10, 0.2, 0.1, 0.3) == "not tracked"
    assert format_rate(0, 0, float("nan"), float("nan"), float("nan")) == "0 / 0 (no denominator)"
    assert format_rate(40, 100, 0.4, 0.31, 0.5) == "40 / 100 = 40.0 % (31.0–50.0 %)"
