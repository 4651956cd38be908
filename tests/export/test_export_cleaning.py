"""Column clean-up that copies only the cells it changes gives what a plain pass gives.

Trimming, empty → missing and the mojibake scan work on the offsets of the string arrays
(and chunk by chunk); these tests compare them with the obvious pyarrow expression on cells
chosen to sit at the edges: Unicode whitespace, non-ASCII letters at either end, empty
strings next to missing ones, sliced arrays and arrays of many chunks.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkkit.export import _csv, _keys, _text

CELLS = [
    "Anna Weiß",  # ends with a non-ASCII letter: looked at, left alone
    "\u00a0Dana Lee",  # no-break space in front
    "Sam Member\u3000",  # ideographic space behind
    " José ",
    "",
    None,
    "\t",
    "Zoë",
    "ok",
    "\u2003",  # an em space alone: trimmed to empty, so missing
]


def _plain(values: pa.Array | pa.ChunkedArray) -> list:
    trimmed = pc.utf8_trim_whitespace(values)
    return [None if v in (None, "") else v for v in trimmed.to_pylist()]


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_trim_and_empty_match_the_plain_expression(kind):
    arr = pa.array(CELLS, kind)
    got = _text.clean(arr, len(arr))
    assert got.to_pylist() == _plain(arr)
    assert got.to_pylist()[:4] == ["Anna Weiß", "Dana Lee", "Sam Member", "José"]
    assert got.to_pylist()[4:7] == [None, None, None]


def test_untouched_column_is_returned_as_given():
    arr = pa.array(["Anna Weiß", "Zoë", "ok", None], pa.large_string())
    assert _text.clean(arr, len(arr)) is arr


def test_sliced_and_chunked_arrays():
    arr = pa.array(CELLS * 3, pa.large_string())
    sliced = arr.slice(3, 17)
    assert _text.clean(sliced, len(sliced)).to_pylist() == _plain(sliced)
    chunked = pa.chunked_array([arr.slice(0, 4), arr.slice(4, 11), arr.slice(15)])
    got = _text.clean(chunked, len(chunked))
    assert got.to_pylist() == _plain(chunked)
    # without trimming only the empty strings change
    kept = _text.clean(chunked, len(chunked), trim=False).to_pylist()
    assert kept == [None if v == "" else v for v in chunked.to_pylist()]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(st.none(), st.text(alphabet=" \t\u00a0\u3000\u2003aßé€\n", max_size=4)),
        max_size=30,
    ),
    st.integers(0, 5),
)
def test_trim_agrees_with_pyarrow_on_random_cells(cells, cut):
    arr = pa.array(cells, pa.large_string())
    sliced = arr.slice(min(cut, len(arr)))
    assert _text.clean(sliced, len(sliced)).to_pylist() == _plain(sliced)


def test_empty_as_missing_shares_the_characters():
    arr = pa.array(["", "x", None, "", "yz"], pa.large_string())
    got = _csv.empty_as_missing(arr)
    assert got.to_pylist() == [None, "x", None, None, "yz"]
    assert got.buffers()[2].address == arr.buffers()[2].address
    got.validate(full=True)
    got = _csv.empty_as_missing(arr.slice(1, 3))
    assert got.to_pylist() == ["x", None, None]
    got.validate(full=True)


def test_distinct_of_a_chunked_column_keeps_its_chunks():
    chunked = pa.chunked_array(
        [
            pa.array(["b", None, "a"], pa.large_string()),
            pa.array([], pa.large_string()),
            pa.array(["c", "a", None, "b"], pa.large_string()),
        ]
    )
    values, indices = _keys.distinct(chunked)
    assert values.to_pylist() == ["b", "a", "c"]
    assert values.take(indices).to_pylist() == chunked.to_pylist()
    assert isinstance(indices, pa.ChunkedArray)  # not joined into one array
    keys = _keys.keys_arrow(
        pa.chunked_array(
            [
                pa.array(["https://www.linkedin.com/in/Dana-Lee/", None], pa.large_string()),
                pa.array(["www.linkedin.com/in/dana-lee?trk=x"], pa.large_string()),
            ]
        )
    )
    assert keys.to_pylist() == ["dana-lee", None, "dana-lee"]
