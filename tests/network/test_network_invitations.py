import numpy as np
from scipy import stats

import networkkit.network as nn


def test_invitations_hand_count(ex):
    inv = nn.invitations(ex).set_index(["direction", "note"])
    # incoming: Marco (note), Pat (no note)
    assert inv.loc[("incoming", "all"), "invitations"] == 2
    assert inv.loc[("incoming", "all"), "with_note"] == 1
    assert inv.loc[("incoming", "all"), "note_share"] == 0.5
    # outgoing: 6 rows, the repeat to Dana at 08:30 dropped → 5; notes on Dana's and the
    # old keyless one → 2
    out = inv.loc[("outgoing", "all")]
    assert out["duplicates_removed"] == 1
    assert out["invitations"] == 5
    assert out["with_note"] == 2
    assert out["note_share"] == 2 / 5
    # eligible: keyed and ≥ 21 days old: Dana, Zoe, Lena (Li is 11 days old; one has no key)
    assert out["no_key"] == 1
    assert out["eligible"] == 3
    # accepted: Dana and Lena are connections now
    assert out["accepted"] == 2
    assert out["acceptance_rate"] == 2 / 3
    low, high = stats.binomtest(2, 3).proportion_ci(method="wilson")
    assert np.isclose(out["acceptance_rate_low"], low)
    assert np.isclose(out["acceptance_rate_high"], high)
    # split by note: with note → Dana (accepted); without → Zoe (no), Lena (yes), Li (young)
    assert inv.loc[("outgoing", "with_note"), ["eligible", "accepted"]].tolist() == [1, 1]
    assert inv.loc[
        ("outgoing", "without_note"), ["invitations", "eligible", "accepted"]
    ].tolist() == [3, 2, 1]
    assert inv["acceptance_rate"].isna()[("incoming", "all")]


def test_min_age_is_an_option(ex):
    inv = nn.invitations(ex, min_age_days=5).set_index(["direction", "note"])
    # Li (11 days) is now eligible and not accepted
    assert inv.loc[("outgoing", "all"), ["eligible", "accepted"]].tolist() == [4, 2]
