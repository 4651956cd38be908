import numpy as np
import pandas as pd

import networkkit.network as nn
from networkkit.export import Export, Owner


def test_inbound_offers_hand_count(ex):
    o = nn.inbound_offers(ex).set_index("conversation_id")
    # others started c2 c3 c6 c7 c8 c11; offers: c2 (recruiter title + phrase), c6 (sponsored,
    # "we are hiring"), c7 and c8 (InMail "job opportunity"); c3 and c11 are social
    assert list(o.index) == ["2-c2", "2-c6", "2-c7", "2-c8"]
    # c2 names Sam and "Data Engineer" (the owner's title), is unique and short:
    # 0.25 + 0.20 + 0.25 + 0.10 = 0.8
    assert np.isclose(o.loc["2-c2", "personalization"], 0.8)
    assert o.loc["2-c2", "signals"] == "recruiter_title;job_phrase;first_name;role_or_skill"
    assert o.loc["2-c2", "replied"]
    assert o.loc["2-c2", "personal"]
    # c6 has %FIRSTNAME%: 0
    assert o.loc["2-c6", "personalization"] == 0.0
    assert "placeholder" in o.loc["2-c6", "signals"]
    assert "sponsored" in o.loc["2-c6", "signals"]
    # c7 and c8: the same template → one cluster, only the length point: 0.1
    assert o.loc["2-c7", "template_cluster"] == o.loc["2-c8", "template_cluster"] == 1
    assert o.loc["2-c7", "signals"] == "inmail;job_phrase;near_duplicate"
    assert np.isclose(o.loc["2-c8", "personalization"], 0.1)
    assert o["template_cluster"].isna().sum() == 2
    assert (o["language"] == "en").all()
    assert o.loc["2-c7", "subject"] == "Senior role in Oslo"


def test_offer_summary(ex):
    s = nn.offer_summary(ex).set_index("group")
    # 4 offers, 1 replied (c2, the personal one); 3 templated, none replied
    assert s.loc["all", ["offers", "replied"]].tolist() == [4, 1]
    assert s.loc["personal", ["offers", "replied"]].tolist() == [1, 1]
    assert s.loc["templated", ["offers", "replied"]].tolist() == [3, 0]
    assert s.loc["all", "reply_rate"] == 0.25
    assert s.loc["templated", "reply_rate_high"] > 0
    # from a precomputed frame, split by language
    by = nn.offer_summary(nn.inbound_offers(ex), by="language")
    assert by.columns[0] == "language"
    assert by["group"].tolist() == ["all", "personal", "templated"]


def test_offer_languages_and_company_mention():
    owner = Owner(name="Ingrid Berg", member_key="ingrid")
    texts = {
        "n1": "Hei Ingrid, vi søker en ny utvikler til teamet vårt. Er du åpen for nye "
        "muligheter?",
        "d1": "Hallo Ingrid, wir suchen eine Entwicklerin für unser Team und ich habe eine "
        "spannende Position für Sie bei Fjordlys.",
        "j1": "イングリッドさん、はじめまして。求人のご案内です。ご経歴を拝見しました。",
        "s1": "Hola, estamos buscando una persona para un puesto de ingeniera en Madrid.",
        "x1": "Hi Ingrid, thanks for the coffee!",
    }
    msgs = [
        dict(
            conversation_id=k,
            sender_key=f"p-{k}",
            sender_name=f"P {k}",
            recipient_keys=["ingrid"],
            recipient_names=["Ingrid Berg"],
            sent_at="2024-05-01 10:00:00",
            direction="incoming",
            content=v,
        )
        for k, v in texts.items()
    ]
    ex = Export.from_frames(
        owner=owner,
        as_of="2024-06-01",
        messages=msgs,
        profile=[dict(first_name="Ingrid", last_name="Berg")],
        positions=[dict(company_name="Fjordlys AS", title="Utvikler", is_current=True)],
    )
    o = nn.inbound_offers(ex).set_index("conversation_id")
    assert sorted(o.index) == ["d1", "j1", "n1", "s1"]
    assert o["language"].to_dict() == {"n1": "nb", "d1": "de", "j1": "ja", "s1": "es"}
    # d1 mentions the first name and the company (without its "AS"): +0.25 +0.20 +0.25 +0.10
    assert "company" in o.loc["d1", "signals"]
    assert np.isclose(o.loc["d1", "personalization"], 0.8)
    # s1 mentions nothing of hers: unique and short only
    assert np.isclose(o.loc["s1", "personalization"], 0.35)
    assert not o["replied"].any()


def test_near_duplicates_form_clusters():
    from networkkit.network import _offers

    # 5 copies of one template, 3 of another, 2 unique messages: clusters 1 and 2, then 0
    s = pd.Series(
        ["Hi, template one about a great job and a great team, apply now please"] * 5
        + ["Completely different recruiting template about a role in Lisbon, great pay"] * 3
        + [
            "unique note one, about nothing at all really, just hello there friend",
            "zzzz qqqq wwww eeee rrrr tttt yyyy uuuu iiii oooo pppp",
        ]
    )
    c = _offers._clusters(s, cutoff=90)
    assert c.tolist() == [1] * 5 + [2] * 3 + [0, 0]


def test_a_template_with_another_name_or_number_is_the_same_template():
    from networkkit.network import _offers

    body = (
        "I came across your profile and would love to tell you about a senior engineering "
        "role in our platform team, with a salary up to {} and remote days. Best, {}"
    )
    s = pd.Series(
        [body.format("90000", "Robin"), body.format("120000", "Jamie"), "Short hello there"]
    )
    # 27 words, one differs (the name; numbers fold to one word): ratio 96 → one template
    assert _offers._clusters(s, cutoff=90).tolist() == [1, 1, 0]
