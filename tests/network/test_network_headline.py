"""The network headline: one number per measure, None where the data cannot say."""

from __future__ import annotations

import pytest
from prepared_inputs import fictional_export

from networkkit import network
from networkkit.export import Export


@pytest.fixture
def export() -> Export:
    return fictional_export()


def test_network_headline_picks_the_measures(export):
    from networkkit.network import network_headline, network_results

    results = network_results(export)
    head = network_headline(export, results)
    assert head["connections"] == 3
    # Dana's incoming message says "great meeting you": 1 of 3 connections inferred
    assert head["met_in_person_share"] == pytest.approx(1 / 3)
    assert head["inbound_offers"] == 0
    assert head["offer_reply_rate"] is None  # no offers: not measurable, never 0
    recip = network.reciprocity(export)
    assert head["messaged_share"] == recip["messaged_share"].iloc[0]
    empty = Export.from_frames(connections=[{"connected_on": "2026-01-01"}])
    head = network_headline(empty, network_results(empty))
    assert head["connections"] == 1
    assert head["note_share_outgoing"] is None and head["keep_warm_due"] is None
