"""Each measure publishes its numerator and denominator; formatters read them (issue 18, 11)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import networkkit as nk
from networkkit.reports import rate_table


def _mixed(tmp_path):
    # two email threads (opens tracked) and two LinkedIn threads (no tracking at all)
    path = tmp_path / "mixed.csv"
    path.write_text(
        "thread_id,event,at,channel\n"
        "e1,sent,2025-01-01T10:00:00Z,email\n"
        "e1,opened,2025-01-01T11:00:00Z,email\n"
        "e2,sent,2025-01-01T10:00:00Z,email\n"
        "l1,sent,2025-01-01T10:00:00Z,linkedin\n"
        "l1,replied,2025-01-02T10:00:00Z,linkedin\n"
        "l2,sent,2025-01-01T10:00:00Z,linkedin\n",
        encoding="utf-8",
    )
    return nk.outreach.read_events(path)


def test_the_open_rate_text_uses_the_funnels_own_denominator(tmp_path):
    f = nk.outreach.funnel(_mixed(tmp_path))
    assert f.attrs["rates"]["open_rate"] == ("opened", "tracked")
    text = rate_table(f, rates=["open_rate", "reply_rate"])
    # 1 of the 2 threads that can be tracked, not 1 of 4 delivered (outside its interval)
    assert text["open_rate"].iloc[0].startswith("1 / 2 = 50.0 %")
    assert text["reply_rate"].iloc[0].startswith("1 / 4 = 25.0 %")
    # a restated (wrong) pair is overridden by the published one
    again = rate_table(f, rates={"open_rate": ("opened", "delivered")})
    assert again["open_rate"].iloc[0] == text["open_rate"].iloc[0]


def test_an_unpublished_rate_name_is_an_error(tmp_path):
    f = nk.outreach.funnel(_mixed(tmp_path))
    with pytest.raises(ValueError, match="no definition"):
        rate_table(f, rates=["open_rat"])


def _measures(small: pd.DataFrame, ex) -> dict[str, pd.DataFrame]:
    return {
        "funnel": nk.outreach.funnel(small, by="template"),
        "reply_within": nk.outreach.reply_within(small, days=7),
        "linkedin": nk.outreach.linkedin_response_rate(small),
        "reply_by_step": nk.outreach.reply_by_step(small),
        "cadence_summary": nk.outreach.cadence_summary(small),
        "reciprocity": nk.network.reciprocity(ex),
        "invitations": nk.network.invitations(ex),
    }


def test_every_published_rate_is_its_numerator_over_its_denominator_inside_its_interval():
    from pathlib import Path

    fix = Path(__file__).resolve().parent / "fixtures"
    small = nk.outreach.read_events(fix / "outreach" / "events_small.csv")
    ex = nk.load_export(sorted((fix / "exports").iterdir())[-1])
    seen = 0
    for name, df in _measures(small, ex).items():
        rates = df.attrs.get("rates", {})
        assert rates, f"{name} publishes no rate"
        for rate, (k, n) in rates.items():
            if rate not in df.columns:
                continue
            seen += 1
            kk = pd.to_numeric(df[k]).to_numpy(dtype=float, na_value=np.nan)
            nn = pd.to_numeric(df[n]).to_numpy(dtype=float, na_value=np.nan)
            got = pd.to_numeric(df[rate]).to_numpy(dtype=float, na_value=np.nan)
            with np.errstate(all="ignore"):
                want = np.where(nn > 0, kk / nn, np.nan)
            np.testing.assert_allclose(got, want, equal_nan=True, err_msg=f"{name}.{rate}")
            low = pd.to_numeric(df[f"{rate}_low"]).to_numpy(dtype=float, na_value=np.nan)
            high = pd.to_numeric(df[f"{rate}_high"]).to_numpy(dtype=float, na_value=np.nan)
            ok = ~np.isnan(got)
            assert (low[ok] <= got[ok] + 1e-12).all() and (got[ok] <= high[ok] + 1e-12).all()
    assert seen >= 8


def test_time_sections_say_not_tracked_for_a_source_without_times(monkeypatch):
    from pathlib import Path

    from networkkit.reports import _notebook, show_cadence, show_time_to_reply

    shown: list[str] = []
    monkeypatch.setattr(_notebook, "_display_html", shown.append)

    fix = Path(__file__).resolve().parent / "fixtures" / "outreach"
    ev = nk.outreach.read_events(fix / "apollo_contacts.csv")
    show_time_to_reply(nk.outreach.time_to_reply(ev), nk.outreach.reply_curve(ev), by=None)
    show_cadence(nk.outreach.follow_up_counts(ev), nk.outreach.cadence_summary(ev))
    assert sum("is not tracked" in h for h in shown) == 2
