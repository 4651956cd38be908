"""member_key: the one join key between files."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk
from networkkit.export import member_key


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.linkedin.com/in/jane-doe-1a2b3c4d", "jane-doe-1a2b3c4d"),
        ("www.linkedin.com/in/zach-pike-360a3b", "zach-pike-360a3b"),
        ("HTTPS://WWW.LinkedIn.com/in/Jane-Doe/", "jane-doe"),
        ("https://www.linkedin.com/in/jane?trk=people", "jane"),
        ("https://www.linkedin.com/in/nagel-lis%C3%A2nias-77", "nagel-lisânias-77"),
        ("https://www.linkedin.com/in/ümit-tekcan-8525a61a4", "ümit-tekcan-8525a61a4"),
        ("https://de.linkedin.com/in/dana", "dana"),
        ("  https://www.linkedin.com/in/dana  ", "dana"),
        ("danalee", "danalee"),
        ("https://www.linkedin.com/pub/old-style/1/2/3", "linkedin.com/pub/old-style/1/2/3"),
        ("", None),
        (None, None),
    ],
)
def test_member_key_of_one_value(url, key):
    assert member_key(url) == key


def test_member_key_of_a_series_keeps_shape_index_and_name():
    s = pd.Series(
        ["https://www.linkedin.com/in/A", None, "www.linkedin.com/in/a/", ""],
        index=[10, 11, 12, 13],
        name="url",
    )
    out = member_key(s)
    assert out.dtype == "string"
    assert out.index.tolist() == [10, 11, 12, 13] and out.name == "url"
    assert out.tolist()[0] == "a" and out.tolist()[2] == "a"
    assert out.isna().tolist() == [False, True, False, True]


def test_member_key_is_exported_from_the_package():
    assert nk.export.member_key is member_key
    with pytest.raises(TypeError):
        member_key(42)
