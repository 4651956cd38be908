"""The tables' descriptions: every era's header line reads as that era, with nothing unmapped
but what the era says, into exactly the table's canonical columns and dtypes."""

from __future__ import annotations

import csv
import io

import pyarrow as pa
import pytest

from networkkit.export import TABLES
from networkkit.export._csv import norm, read_table
from networkkit.export._tables import SPECS, classify, normalise

#: A fictional value for a header, by the kind of the column it feeds.
_VALUE = {
    "text": "Ana Example",
    "verbatim": "Hola Ana, gracias por la charla.",
    "html": "<p>Hola&nbsp;Ana</p>",
    "timestamp": "2024-06-18 11:59:53 UTC",
    "date": "Jun 2018",
    "category": "OUTGOING",
    "flag": "Yes",
    "url": "https://www.linkedin.com/in/ana-example-1a2b",
    "schemeless_url": "www.linkedin.com/in/ana-example-1a2b",
    "url_list": "https://www.linkedin.com/in/ana-example-1a2b,https://www.linkedin.com/in/bo-x",
    "name_list": "Ana Example,Bo Fictive",
    "name": "Ana Example",
}
_PREAMBLE = 'Notes:\n"When exporting your connection data, some e-mail addresses are missing."\n\n'
_DTYPE_OF_KIND = {
    "timestamp": "ts",
    "date": "ts",
    "flag": "bool",
    "missing_in": "bool",
    "url_list": "list",
    "name_list": "list",
}
_ERAS = [(spec, era) for spec in SPECS.values() for era in spec.eras]


def _file(spec, era) -> bytes:
    """One era's header line and a row of fictional values, as LinkedIn would write them."""
    kinds = {c.name: c.kind for c in spec.columns}
    row = []
    for header in era.headers:
        target = spec.feeds.get(norm(header))
        value = _VALUE[kinds[target]] if target else "free text"
        if era.first_date and target == era.first_date[0]:
            value = "1/8/18, 6:14 PM"
        row.append(value)
    out = io.StringIO()
    if era.preamble:
        out.write(_PREAMBLE)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(era.headers)
    writer.writerow(row)
    return out.getvalue().encode()


def _read(spec, era):
    raw = read_table(_file(spec, era), f"{spec.files[0]}.csv", match=spec.matches, strict=True)
    return normalise(spec.name, raw)


@pytest.mark.parametrize(
    ("spec", "era"), _ERAS, ids=[f"{s.name}/{e.label or 'any'}" for s, e in _ERAS]
)
def test_every_era_reads_as_itself_with_nothing_unmapped_but_what_it_says(spec, era):
    cols, layout, notes = _read(spec, era)
    assert layout == (spec.name if era.label is None else f"{spec.name}/{era.label}")
    unknown = [n for n in notes if n.startswith("unknown columns")]
    if era.unmapped:
        assert unknown == ["unknown columns: " + ", ".join(repr(h) for h in era.unmapped)]
    else:
        assert unknown == []
    assert not [n for n in notes if "read as missing" in n]
    assert all(len(arr) == 1 for arr in cols.values())


@pytest.mark.parametrize("name", sorted(SPECS))
def test_a_description_gives_exactly_the_canonical_columns_with_their_dtypes(name):
    spec = SPECS[name]
    cols, _, _ = _read(spec, spec.eras[0])
    helpers = {"direction_2018"} if name in {"messages", "coach_messages"} else set()
    computed_by_the_loader = {"direction"} if helpers else set()
    assert set(cols) == set(TABLES[name]) - computed_by_the_loader | helpers
    for column in spec.columns:
        want = _DTYPE_OF_KIND.get(column.kind, "str")
        assert TABLES[name].get(column.name, "str") == want, column.name
        if want == "ts":
            assert cols[column.name].type == pa.timestamp("us", tz="UTC")
        if want == "list":
            assert pa.types.is_list(cols[column.name].type)


def test_cells_are_read_as_their_column_kind_says():
    spec = SPECS["connections"]
    cols, layout, _ = _read(spec, spec.eras[2])
    assert layout == "connections/2018"
    assert cols["connected_on"].to_pylist()[0].isoformat() == "2018-01-08T18:14:00+00:00"
    assert cols["full_name"].to_pylist() == ["Ana Example Ana Example"]
    cols, layout, _ = _read(SPECS["messages"], SPECS["messages"].eras[1])
    assert layout == "messages/2023+"
    assert cols["recipient_keys"].to_pylist() == [["ana-example-1a2b", "bo-x"]]
    assert cols["recipient_names"].to_pylist() == [["Ana Example", "Bo Fictive"]]
    assert cols["content"].to_pylist() == ["Hola Ana"]
    assert cols["content_html"].to_pylist() == ["<p>Hola&nbsp;Ana</p>"]
    cols, _, _ = _read(SPECS["endorsements_received"], SPECS["endorsements_received"].eras[0])
    assert cols["endorser_url"].to_pylist() == ["https://www.linkedin.com/in/ana-example-1a2b"]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_file_name_of_a_table_is_recognised_with_suffixes_and_folders(name):
    for stem in SPECS[name].files:
        assert classify(f"{stem}.csv") == ("table", name)
        assert classify(f"Export/{stem.replace('_', ' ')}_1.csv") == ("table", name)
        assert classify(f"{stem.upper()}.CSV") == ("table", name)
