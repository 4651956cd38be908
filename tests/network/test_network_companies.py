import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkkit.network import normalize_company


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Acme, Inc.", "acme"),
        ("ACME  inc", "acme"),
        ("Acme Incorporated", "acme"),
        ("Acme LLC", "acme"),
        ("Acme Ltd", "acme"),
        ("Kawa Trading Co., Ltd.", "kawa trading"),
        ("Siemens AG", "siemens"),
        ("Kraft GmbH", "kraft"),
        ("Kraft GmbH & Co. KG", "kraft"),
        ("Nordlys AS", "nordlys"),
        ("Equinor ASA", "equinor"),
        ("Fiat S.p.A.", "fiat"),
        ("Bianchi S.r.l.", "bianchi"),
        ("Philips B.V.", "philips"),
        ("ING Groep N.V.", "ing groep"),
        ("Banco Ejemplo SA", "banco ejemplo"),
        ("Capgemini SAS", "capgemini"),
        ("Telefonica S.L.", "telefonica"),
        ("Mitsui K.K.", "mitsui"),
        ("株式会社サクラ", "サクラ"),
        ("サクラ株式会社", "サクラ"),
        ("Lloyds Banking Group plc", "lloyds banking group"),
        # never mangled: a suffix-like word not at the end, or the whole name
        ("AS Roma", "as roma"),
        ("Plan A", "plan a"),
        ("ASA", "asa"),
        ("AG Insights", "ag insights"),
        ("Gasag", "gasag"),
        ("Inc", "inc"),
        ("Lasagna Bros", "lasagna bros"),
    ],
)
def test_normalize_company(name, key):
    assert normalize_company(pd.Series([name])).iloc[0] == key


def test_normalize_keeps_missing():
    out = normalize_company(pd.Series(["Acme", None], dtype="string"))
    assert out.iloc[0] == "acme"
    assert pd.isna(out.iloc[1])


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=4, max_size=9)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=4))
def test_names_without_a_legal_form_are_only_folded(words):
    # words of 4+ letters that are not themselves a legal form: the key is just the
    # case-folded, space-collapsed name
    words = [w for w in words if w not in {"gmbh", "corp", "limited", "company", "private"}]
    if not words:
        return
    name = "  ".join(w.title() for w in words)
    assert normalize_company(pd.Series([name])).iloc[0] == " ".join(words)


@settings(max_examples=30, deadline=None)
@given(_WORD, st.sampled_from(["Inc.", "Ltd", "LLC", "GmbH", "AG", "AS", "ASA", "S.p.A.", "B.V."]))
def test_a_legal_form_after_a_separator_is_removed(word, suffix):
    for sep in (" ", ", "):
        assert normalize_company(pd.Series([f"{word.title()}{sep}{suffix}"])).iloc[0] == word
