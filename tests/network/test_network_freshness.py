import pandas as pd
import pytest

import networkkit.network as nn


def test_freshness(ex):
    f = nn.freshness(ex).set_index("member_key")
    # Dana's last message 2024-01-18 09:00: 378.625 days before as_of → dormant
    assert f.loc["dana-lee", "days_since"] == 378.625
    assert f.loc["dana-lee", "status"] == "dormant"
    assert f.loc["dana-lee", "last_direction"] == "outgoing"
    assert f.loc["dana-lee", "messages"] == 3
    # Kai: last 2024-12-10 10:00 → 51.583… days, active; Marco: only a draft → never
    assert round(f.loc["kai-ito", "days_since"], 3) == 51.583
    assert f.loc["kai-ito", "status"] == "active"
    assert f.loc["marco-rossi", "status"] == "never"
    assert pd.isna(f.loc["marco-rossi", "last_exchange"])
    # the two InMail senders are contacts but not connections; the hidden member is absent
    assert not f.loc["rec-one", "is_connection"]
    assert f.index.notna().all()
    assert len(f) == 9  # 7 keyed connections + 2 recruiters
    # stalest first, never-messaged last
    assert f.index[0] == "dana-lee"
    assert f.index[-1] == "marco-rossi"
    assert f["status"].value_counts().to_dict() == {"active": 7, "dormant": 1, "never": 1}


def test_freshness_threshold(ex):
    f = nn.freshness(ex, dormant_days=200).set_index("member_key")
    # Ola (304.6 d) and Pat (235.6 d) become dormant too
    assert set(f.index[f["status"] == "dormant"]) == {"dana-lee", "ola-nordmann", "pat-kim"}


def test_keep_warm(ex):
    k = nn.keep_warm(ex, quiet_only=False).set_index("member_key")
    # two-way contacts with >= 3 exchange days, last exchange within two years: Kai (4 days,
    # 4 messages), Yuki (4 days, 5 messages), Dana (3 days); Pat never answered. Strongest
    # first: Kai and Yuki tie on days, Yuki has more messages; Dana last.
    assert list(k.index) == ["yuki-sato", "kai-ito", "dana-lee"]
    assert k.loc["dana-lee", "median_gap_days"] == 1.5
    assert k.loc["dana-lee", "status"] == "lapsing"  # 378.625 / 1.5 = 252
    assert k.loc["dana-lee", "messages"] == 3
    assert k.loc["kai-ito", "median_gap_days"] == 20.0  # gaps 2, 262, 20
    assert round(k.loc["kai-ito", "silence_ratio"], 4) == round(51.583333 / 20, 4)
    assert k.loc["kai-ito", "silence_days"] == pytest.approx(51.583333, abs=1e-4)
    assert k.loc["kai-ito", "status"] == "overdue"
    assert k.loc["yuki-sato", "median_gap_days"] == 30.0  # gaps 154, 30, 30
    assert k.loc["yuki-sato", "status"] == "ok"  # 30.625 / 30 = 1.02
    assert k.loc["yuki-sato", "exchanges"] == 4


def test_keep_warm_default_lists_only_quiet_ones_strongest_first(ex):
    k = nn.keep_warm(ex)
    # Yuki is on rhythm (ok): left out; Kai (4 exchange days) before Dana (3)
    assert list(k["member_key"]) == ["kai-ito", "dana-lee"]
    assert list(k["status"]) == ["overdue", "lapsing"]
    assert list(nn.keep_warm(ex, top_n=1)["member_key"]) == ["kai-ito"]


def test_keep_warm_forgets_old_relationships(ex):
    # Dana's last exchange is 378.6 days old: outside a one-year window, inside two years
    assert "dana-lee" not in set(nn.keep_warm(ex, recent_days=365)["member_key"])
    assert "dana-lee" in set(nn.keep_warm(ex, recent_days=730)["member_key"])


def test_keep_warm_options(ex):
    # with 5 exchanges needed nobody qualifies; with ratio 1 Yuki is overdue
    assert nn.keep_warm(ex, min_exchanges=5, quiet_only=False).empty
    k = nn.keep_warm(ex, overdue=1).set_index("member_key")
    assert k.loc["yuki-sato", "status"] == "overdue"


def test_freshness_summary(ex):
    s = nn.freshness_summary(ex).set_index("status")
    # 7 keyed connections: dormant Dana; never Marco; active Kai, Ola, Pat, Lena, Yuki
    assert s["connections"].to_dict() == {"active": 5, "dormant": 1, "never": 1}
    assert (s["total"] == 7).all()
    assert s.loc["dormant", "share"] == 1 / 7
