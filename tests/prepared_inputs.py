"""A small fictional export with contact details in every place they hide, for the tests of
prepared inputs and of the headline (shared by tests/prepare, tests/network and tests/reports)."""

from __future__ import annotations

from networkkit.export import Export, Owner

KEY = b"k" * 32


def fictional_export() -> Export:
    """Return the export: two connections, a hidden one, two messages, an invitation."""
    return Export.from_frames(
        owner=Owner(name="Sam Member", member_key="sam-member-1234", source="profile"),
        connections=[
            {
                "first_name": "Dana",
                "last_name": "Lee",
                "full_name": "Dana Lee",
                "member_key": "danalee",
                "profile_url": "https://www.linkedin.com/in/danalee",
                "email": "dana@example.com",
                "company": "Acme",
                "connected_on": "2026-01-05",
            },
            {
                "first_name": "Pat",
                "last_name": "Kim",
                "full_name": "Pat Kim",
                "member_key": "patkim",
                "profile_url": "https://www.linkedin.com/in/patkim",
                "company": "Globex",
                "connected_on": "2026-03-09",
            },
            {"connected_on": "2025-12-01"},  # hidden member
        ],
        messages=[
            {
                "conversation_id": "c1",
                "sender_name": "Dana Lee",
                "sender_key": "danalee",
                "sender_url": "https://www.linkedin.com/in/danalee",
                "recipient_names": ["Sam Member"],
                "recipient_keys": ["sam-member-1234"],
                "recipient_urls": ["https://www.linkedin.com/in/sam-member-1234"],
                "sent_at": "2026-02-01 10:00",
                "direction": "incoming",
                "content": "Hi Sam, great meeting you! Mail dana@example.com or call "
                "+31 6 1234 5678. Pat Kim says hi; see linkedin.com/in/patkim",
                "conversation_title": "Dana Lee and Sam Member",
            },
            {
                "conversation_id": "c1",
                "sender_name": "Sam Member",
                "sender_key": "sam-member-1234",
                "recipient_names": ["Dana Lee"],
                "recipient_keys": ["danalee"],
                "sent_at": "2026-02-02 09:00",
                "recipient_urls": ["https://www.linkedin.com/in/danalee"],
                "direction": "outgoing",
                "content": "Thanks Dana! My number is 0044 20 7946 0958. Samより、Danaさんへ",
            },
        ],
        invitations=[
            {
                "sender_name": "Pat Kim",
                "recipient_name": "Sam Member",
                "sent_at": "2026-03-08",
                "message": "Hello Sam, I am Pat (pat@example.org)",
                "direction": "incoming",
                "inviter_key": "patkim",
            },
        ],
        as_of="2026-04-01",
    )


def all_text(ex: Export) -> str:
    """Return every table, the parse report and the owner as one text."""
    parts = []
    for df in [*ex.tables().values(), ex.parse_report]:
        parts.append(df.to_csv())
    parts.append(str(ex.owner))
    return "\n".join(parts)
