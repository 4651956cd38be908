"""Names under --anonymize: every spelling found, company names kept, one pseudonym a person.

The matcher is given the people of a small fictional network; each test writes text the way
messages, templates and evidence sentences do and checks what a reader of the anonymized
report would see.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from networkkit.prepare import Pseudonymizer
from networkkit.prepare._names import NameMatcher, fold, fold_name

KEY = b"n" * 32
PEOPLE = [
    "José Núñez",
    "Marisol Threlkeld",
    "Wei Li",
    "Ana Ng",
    "Tabitha Abernathy-Voss",
    "Siobhan O'Brien",
    "Grace Will",
    "LinkedIn Member",
]
PSEUDO = Pseudonymizer(KEY)


@pytest.fixture(scope="module")
def matcher():
    return NameMatcher(PEOPLE, PSEUDO.name, not_people={"linkedin member"})


def person(name: str) -> str:
    return PSEUDO.name(name)


def test_folding_keeps_length_and_joins_spellings():
    text = "José  O’Brien–Núñez ＡＮＡ"
    assert len(fold(text)) == len(text)
    assert fold_name("  JOSÉ   Núñez ") == fold_name("jose nunez") == "jose nunez"
    assert fold_name("O’Brien") == fold_name("O'Brien") == fold_name("O\u02bcBrien")


def test_one_person_one_pseudonym_in_every_spelling(matcher):
    jose = person("José Núñez")
    assert PSEUDO.name("Jose Nunez") == PSEUDO.name("JOSÉ  NÚÑEZ") == jose
    out = matcher.replace("Hi Jose Nunez — José Núñez wrote; thanks José")
    assert out == f"Hi {jose} — {jose} wrote; thanks {jose}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ask Dr. Li about it", "Ask Dr. {Wei Li} about it"),
        ("Li Wei and Wei Li met", "{Wei Li} {Wei Li} and {Wei Li} met"),
        ("Ms Ng called", "Ms {Ana Ng} called"),
        ("Voss said hi", "{Tabitha Abernathy-Voss} said hi"),
        ("Abernathy\u2013Voss agreed", "{Tabitha Abernathy-Voss} agreed"),
        ("Siobhan O\u2019Brien's deck", "{Siobhan O'Brien}'s deck"),
        ("intro for O’Brien", "intro for {Siobhan O'Brien}"),
        ("Marisolさんへ", "{Marisol Threlkeld}さんへ"),
        ("intro for Marisol (warm)", "intro for {Marisol Threlkeld} (warm)"),
        ("Follow-up [Marisol Threlkeld]", "Follow-up [{Marisol Threlkeld}]"),
    ],
)
def test_names_found_in_a_person_context(matcher, text, want):
    expected = re.sub(r"\{([^}]+)\}", lambda m: person(m.group(1)), want)
    assert matcher.replace(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Cloud Solutions K.K.",
        "Threlkeld & Partners",
        "Li-ion batteries and Ng in a code",
        "I will send grace notes",
        "Banana Anastasia",
        "LinkedIn Member",
        "Voss Data GmbH",
    ],
)
def test_words_that_only_look_like_names_stay(matcher, text):
    assert matcher.replace(text) == text


def test_pseudonyms_carry_48_bits_and_never_collide_on_a_million_names():
    pseudo = Pseudonymizer(b"collision-test-key-0123456789abcd")
    one = pseudo.name("Ana Ruiz")
    assert re.fullmatch(r"Person [0-9A-F]{12}", one)
    seen = {pseudo.name(f"Given{i} Family{i % 997}") for i in range(1_000_000)}
    assert len(seen) == 1_000_000


def test_anonymize_events_replaces_names_in_templates_and_campaigns():
    from networkkit.prepare import anonymize_events

    events = pd.DataFrame(
        {
            "thread_id": ["t1", "t2"],
            "event": ["sent", "sent"],
            "sender": ["Marisol Threlkeld", "Wei Li"],
            "campaign": ["Q3 [Marisol Threlkeld]", "warm intros"],
            "template": ["intro for Jose Nunez", "Hi Dr. Li, ana@example.com"],
        }
    ).astype("string")
    out = anonymize_events(events, key=KEY, people=["José Núñez"])
    text = " ".join(out[["sender", "campaign", "template"]].stack())
    for word in ("Marisol", "Threlkeld", "Nunez", "Li", "ana@"):
        assert not re.search(rf"\b{word}\b", text), text
    assert out["sender"][0] == person("Marisol Threlkeld")
    assert out["campaign"][0] == f"Q3 [{person('Marisol Threlkeld')}]"
    assert out["template"][0] == f"intro for {person('José Núñez')}"
