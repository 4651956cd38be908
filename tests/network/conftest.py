"""A small, fictional export whose every measure is counted by hand (see the comments)."""

from __future__ import annotations

import pandas as pd
import pytest

from networkkit.export import Export, Owner

OWNER = Owner(name="Sam Member", member_key="sam-member", source="given")
AS_OF = "2025-01-31 00:00:00"
TEMPLATE = (
    "Hello, I came across your profile and I have a job opportunity for a senior engineer in "
    "Oslo with a fast-growing fintech. The role offers a great team, remote days and a strong "
    "salary. Would you be open to a short call this week? Best regards, {}"
)


def _connections() -> list[dict]:
    # 8 connections; by month of connected_on: 2024-01: 2, 2024-03: 3 (1 hidden), 2024-05: 3
    return [
        dict(
            first_name="Dana",
            last_name="Lee",
            full_name="Dana Lee",
            member_key="dana-lee",
            profile_url="https://www.linkedin.com/in/dana-lee",
            company="Acme, Inc.",
            position="Engineer",
            connected_on="2024-01-10",
        ),
        dict(
            first_name="Kai",
            last_name="Ito",
            full_name="Kai Ito",
            member_key="kai-ito",
            profile_url="https://www.linkedin.com/in/kai-ito",
            company="ACME inc",
            position="Talent Acquisition Partner",
            connected_on="2024-01-20",
        ),
        dict(
            first_name="Ola",
            last_name="Nordmann",
            full_name="Ola Nordmann",
            member_key="ola-nordmann",
            profile_url="https://www.linkedin.com/in/ola-nordmann",
            company="Nordlys AS",
            position="CTO",
            connected_on="2024-03-05",
        ),
        dict(
            first_name="Pat",
            last_name="Kim",
            full_name="Pat Kim",
            member_key="pat-kim",
            profile_url="https://www.linkedin.com/in/pat-kim",
            company="AS Roma",
            position="Analyst",
            connected_on="2024-03-15",
        ),
        dict(connected_on="2024-03-20"),  # a hidden member: nothing but the date
        dict(
            first_name="Lena",
            last_name="Vogel",
            full_name="Lena Vogel",
            member_key="lena-vogel",
            profile_url="https://www.linkedin.com/in/lena-vogel",
            company="Plan A",
            position="Designer",
            connected_on="2024-05-02",
        ),
        dict(
            first_name="Marco",
            last_name="Rossi",
            full_name="Marco Rossi",
            member_key="marco-rossi",
            profile_url="https://www.linkedin.com/in/marco-rossi",
            company="Bianchi S.r.l.",
            position="Recruiter",
            connected_on="2024-05-30",
        ),
        dict(
            first_name="Yuki",
            last_name="Sato",
            full_name="Yuki Sato",
            member_key="yuki-sato",
            profile_url="https://www.linkedin.com/in/yuki-sato",
            company="株式会社サクラ",
            position="Engineer",
            connected_on="2024-05-31",
        ),
    ]


def _msg(
    cid, at, direction, key, name, content, *, subject=None, title=None, to=None, draft=False
):
    """One message between the owner and ``key``; ``to`` overrides the recipients."""
    if direction == "outgoing":
        sender_key, sender_name = OWNER.member_key, OWNER.name
        rkeys, rnames = [key], [name]
    else:
        sender_key, sender_name = key, name
        rkeys, rnames = [OWNER.member_key], [OWNER.name]
    if to is not None:
        rkeys, rnames = to
    return dict(
        conversation_id=cid,
        conversation_title=title,
        sender_name=sender_name,
        sender_key=sender_key,
        recipient_names=rnames,
        recipient_keys=rkeys,
        sent_at=at,
        subject=subject,
        content=content,
        folder="INBOX",
        is_draft=draft,
        direction=direction,
    )


def _messages() -> list[dict]:
    out, inc = "outgoing", "incoming"
    dana, kai, ola = (
        ("dana-lee", "Dana Lee"),
        ("kai-ito", "Kai Ito"),
        ("ola-nordmann", "Ola Nordmann"),
    )
    pat, lena, yuki = (
        ("pat-kim", "Pat Kim"),
        ("lena-vogel", "Lena Vogel"),
        ("yuki-sato", "Yuki Sato"),
    )
    rows = [
        # c1: the owner starts; Dana answers after exactly 1 day; exchange days 01-15, 01-16,
        # 01-18 (gaps 1, 2: median 1.5); last message 378.625 days before as_of: dormant,
        # keep_warm ratio 252.4: lapsing
        _msg(
            "2-c1",
            "2024-01-15 09:00:00",
            out,
            *dana,
            "Hi Dana, great meeting you at the fair yesterday!",
        ),
        _msg("2-c1", "2024-01-16 09:00:00", inc, *dana, "Likewise, Sam!"),
        _msg("2-c1", "2024-01-18 09:00:00", out, *dana, "Here is the deck I mentioned."),
        # c2: Kai (a recruiter by title) writes; the owner answers after 2 days; later
        # exchanges 11-20 and 12-10: days 03-01, 03-03, 11-20, 12-10 (gaps 2, 262, 20: median
        # 20); silence 51.583 days: ratio 2.58: overdue
        _msg(
            "2-c2",
            "2024-03-01 10:00:00",
            inc,
            *kai,
            "Hi Sam, I have an exciting opportunity for a Data Engineer at Acme. Interested?",
        ),
        _msg("2-c2", "2024-03-03 10:00:00", out, *kai, "Thanks Kai, not right now."),
        _msg("2-c2", "2024-11-20 10:00:00", inc, *kai, "Checking in again."),
        _msg("2-c2", "2024-12-10 10:00:00", out, *kai, "Still happy where I am."),
        # c3: Ola writes in Norwegian that they met; never answered
        _msg(
            "2-c3",
            "2024-04-01 10:00:00",
            inc,
            *ola,
            "Takk for sist! Hyggelig å møte deg på konferansen.",
        ),
        # c4: the owner starts and follows up 4 times within 14 days; never answered
        _msg(
            "2-c4",
            "2024-06-01 09:00:00",
            out,
            *pat,
            "Hello Pat, would love to swap notes on analytics.",
        ),
        _msg("2-c4", "2024-06-03 09:00:00", out, *pat, "Any thoughts?"),
        _msg("2-c4", "2024-06-05 09:00:00", out, *pat, "Just bumping this."),
        _msg("2-c4", "2024-06-07 09:00:00", out, *pat, "Bumping again."),
        _msg("2-c4", "2024-06-09 09:00:00", out, *pat, "Last try!"),
        # c5: the owner starts 6 days before as_of: too recent to call unanswered
        _msg("2-c5", "2025-01-25 00:00:00", out, *lena, "Hi Lena, hope to meet you in Berlin."),
        # c6: sponsored, anonymous sender, unfilled placeholder
        _msg(
            "2-c6",
            "2024-07-01 08:00:00",
            inc,
            None,
            "LinkedIn Member",
            "Hi %FIRSTNAME%, we are hiring! Join the team that is building the future of work.",
            title="Sponsored Conversation",
        ),
        # c7, c8: the same InMail template from two recruiters who are not connections
        _msg(
            "2-c7",
            "2024-08-01 08:00:00",
            inc,
            "rec-one",
            "Robin One",
            TEMPLATE.format("Robin"),
            subject="Senior role in Oslo",
            title="Senior role in Oslo",
        ),
        _msg(
            "2-c8",
            "2024-09-01 08:00:00",
            inc,
            "rec-two",
            "Jamie Two",
            TEMPLATE.format("Jamie"),
            subject="Senior role in Oslo",
            title="Senior role in Oslo",
        ),
        # c9: a group chat (Dana writes to the owner and Kai): left out everywhere
        _msg(
            "2-c9",
            "2024-10-01 08:00:00",
            inc,
            *dana,
            "Great meeting you both!",
            to=(["sam-member", "kai-ito"], ["Sam Member", "Kai Ito"]),
        ),
        # c10: a draft to Marco: left out
        _msg(
            "2-c10",
            "2024-10-02 08:00:00",
            out,
            "marco-rossi",
            "Marco Rossi",
            "Draft...",
            draft=True,
        ),
        # c11: Yuki writes in Japanese; the owner answers 3 hours later; days 05-31, 11-01,
        # 12-01, 12-31 (gaps 154, 30, 30: median 30); silence 30.625 days: ratio 1.02: ok
        _msg("2-c11", "2024-05-31 10:00:00", inc, *yuki, "先日はお会いできて嬉しかったです。"),
        _msg("2-c11", "2024-05-31 13:00:00", out, *yuki, "こちらこそ!"),
        _msg("2-c11", "2024-11-01 09:00:00", out, *yuki, "お元気ですか"),
        _msg("2-c11", "2024-12-01 09:00:00", inc, *yuki, "元気です"),
        _msg("2-c11", "2024-12-31 09:00:00", out, *yuki, "良いお年を"),
    ]
    return rows


def _invitations() -> list[dict]:
    def inv(at, direction, other, note=None, name=None):
        if direction == "outgoing":
            return dict(
                sender_name="Sam Member",
                recipient_name=name,
                sent_at=at,
                message=note,
                direction=direction,
                inviter_key="sam-member",
                invitee_key=other,
            )
        return dict(
            sender_name=name,
            recipient_name="Sam Member",
            sent_at=at,
            message=note,
            direction=direction,
            inviter_key=other,
            invitee_key="sam-member",
        )

    return [
        # incoming: 2, one with a note (Marco's, saying they met in Milan)
        inv(
            "2024-05-29 12:00:00",
            "incoming",
            "marco-rossi",
            "Ciao Sam, piacere di averti conosciuto a Milano!",
            "Marco Rossi",
        ),
        inv("2024-03-14 12:00:00", "incoming", "pat-kim", None, "Pat Kim"),
        # outgoing: 6 rows, 1 a same-minute repeat → 5; notes on 2 (the greeting to Dana is
        # not evidence of a meeting; "hope to meet" is not either)
        inv(
            "2024-01-09 08:30:05", "outgoing", "dana-lee", "Hi Dana, nice to meet you", "Dana Lee"
        ),
        inv(
            "2024-01-09 08:30:40", "outgoing", "dana-lee", "Hi Dana, nice to meet you", "Dana Lee"
        ),
        inv("2024-08-01 12:00:00", "outgoing", "zoe-park", None, "Zoe Park"),  # not accepted
        inv("2025-01-20 12:00:00", "outgoing", "li-wei", None, "Li Wei"),  # 11 days: too young
        inv("2024-05-01 12:00:00", "outgoing", "lena-vogel", None, "Lena Vogel"),  # accepted
        inv(
            "2023-12-01 12:00:00", "outgoing", None, "Hope to meet you soon", "Old Friend"
        ),  # no key
    ]


def build_export() -> Export:
    return Export.from_frames(
        owner=OWNER,
        as_of=AS_OF,
        connections=_connections(),
        messages=_messages(),
        invitations=_invitations(),
        profile=[
            dict(
                first_name="Sam",
                last_name="Member",
                full_name="Sam Member",
                headline="Data Engineer | Python",
            )
        ],
        positions=[
            dict(
                company_name="Fjord Analytics AS",
                title="Data Engineer",
                started_on="2022-01-01",
                is_current=True,
            ),
            dict(
                company_name="Old Corp",
                title="Analyst",
                started_on="2018-01-01",
                finished_on="2021-12-01",
                is_current=False,
            ),
        ],
        skills=[dict(name="Python"), dict(name="Data Engineering")],
    )


@pytest.fixture(scope="session")
def ex() -> Export:
    """The hand-counted export (shared, never modified)."""
    return build_export()


@pytest.fixture(scope="session")
def empty_ex() -> Export:
    """An export with no rows at all."""
    return Export.from_frames(owner=OWNER, as_of=AS_OF)


@pytest.fixture(scope="session")
def connections_only() -> Export:
    """Connections, but no messages and no invitations."""
    return Export.from_frames(owner=OWNER, as_of=AS_OF, connections=_connections())


def ts(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")
