import pandas as pd
import pytest

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
