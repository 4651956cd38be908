"""member_key: the one join key between files."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import networkkit as nk
from networkkit.export import _keys, member_key


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


_SLUG = st.text(alphabet=st.sampled_from("abcXYZ-_09üÄß%/ ?#."), min_size=0, max_size=12)
_URL = st.builds(
    lambda scheme, host, slug, tail: f"{scheme}{host}/in/{slug}{tail}",
    st.sampled_from(["https://", "http://", "HTTPS://", "", " https://"]),
    st.sampled_from(["www.linkedin.com", "linkedin.com", "de.linkedin.com", "WWW.LinkedIn.com"]),
    _SLUG,
    st.sampled_from(["", "/", "//", "?trk=x", "/detail", " "]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_URL, _SLUG, st.none()), min_size=1, max_size=30))
def test_urls_in_linkedins_form_get_the_key_every_rule_gives(values):
    # the one-pattern path for https://www.linkedin.com/in/<slug> must agree with the rules
    arr = pa.array(values, type=pa.large_string())
    assert _keys._keys_of_unique(arr).to_pylist() == _keys._keys_by_rules(arr).to_pylist()
