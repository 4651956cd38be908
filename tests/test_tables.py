"""Report tables: long text cut at a word boundary with "…" and the whole in a tooltip, dates
and numbers that never wrap, a frame that scrolls with a cue only when a phone needs it."""

from __future__ import annotations

import pandas as pd
import pytest

from networkkit.reports import _notebook


@pytest.fixture
def shown(monkeypatch):
    out: list[str] = []
    monkeypatch.setattr(_notebook, "_display_html", out.append)
    return out


def test_long_text_is_cut_between_words_and_kept_whole_in_the_title(shown):
    text = (
        "Hola Nuria, fue un placer conocerte en el DataCon de Madrid. ¡Seguimos en contacto la "
        "semana que viene, <b>gracias</b>!"
    )
    _notebook.show(pd.DataFrame({"evidence": [text]}))
    markup = shown[0]
    assert (
        '<span class="nk-cut" title="Hola Nuria, fue un placer conocerte en el DataCon de '
        'Madrid. ¡Seguimos en contacto la semana que viene, &lt;b&gt;gracias&lt;/b&gt;!">'
        "Hola Nuria, fue un placer conocerte en el DataCon de Madrid. ¡Seguimos en…</span>"
    ) in markup
    assert "<b>" not in markup


def test_dates_and_numbers_never_wrap(shown):
    frame = pd.DataFrame(
        {
            "name": ["Zoë Müller"],
            "last_exchange": pd.to_datetime(["2026-11-15"], utc=True),
            "silence_days": [1234.5],
            "exchanges": [12],
        }
    )
    _notebook.show(frame)
    markup = shown[0]
    for cell in ("2026-11-15", "1,234.5", "12"):
        assert f'<span class="nk-nowrap">{cell}</span>' in markup
    assert '<span class="nk-nowrap">Zoë Müller</span>' not in markup


def test_a_wide_table_says_it_scrolls_and_a_narrow_one_does_not(shown):
    narrow = pd.DataFrame({"company": ["Acme Corp"], "connections": [3]})
    wide = pd.DataFrame({f"replied_by_day_{d}": ["12.8 % (11.1–14.6 %)"] for d in range(7)})
    _notebook.show(narrow)
    _notebook.show(wide)
    assert 'class="nk-table-frame"' in shown[0] and "nk-scroll-cue" not in shown[0]
    assert 'class="nk-table-frame"' in shown[1] and "nk-scroll-cue" in shown[1]


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Thanks for reaching out", 40, "Thanks for reaching out"),
        ("Thanks for reaching out", 12, "Thanks for…"),
        ("Thanks, for reaching out", 9, "Thanks…"),
        ("Supercalifragilistic", 8, "Superca…"),
    ],
)
def test_truncate(text, limit, expected):
    assert _notebook.truncate(text, limit) == expected
    assert len(_notebook.truncate(text, limit)) <= limit
