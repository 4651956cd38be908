"""Owner inference reads only the columns its evidence is in.

A big export's message contents arrive in many Arrow chunks; making every column one array
(what the inference did) copied all of them at the load's peak. Here a load on the sample
records each column the inference makes whole: only names, keys, conversations and
directions, never the contents.
"""

from __future__ import annotations

from networkkit.export import _owner
from networkkit.export._load import load_export

EVIDENCE = {
    "full_name",
    "conversation_id",
    "sender_name",
    "sender_key",
    "recipient_names",
    "recipient_keys",
    "recipient_name",
    "direction",
    "direction_2018",
    "inviter_key",
    "invitee_key",
}


def test_owner_inference_makes_whole_only_the_columns_it_reads(monkeypatch, sample_dir):
    class Recording(_owner._Whole):
        def __getitem__(self, name):
            read.append(name)
            return super().__getitem__(name)

    read: list[str] = []
    monkeypatch.setattr(_owner, "_Whole", Recording)
    ex = load_export(sample_dir)
    assert ex.owner.name  # the sample's owner is found
    assert read and set(read) <= EVIDENCE
    assert "content" not in read and "content_html" not in read
