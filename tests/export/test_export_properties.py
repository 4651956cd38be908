"""Property tests: whatever the bytes, load_export ends in tables or an ExportError."""

from __future__ import annotations

import csv
import io

import pandas as pd
from export_helpers import fixture
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import networkkit as nk

SETTINGS = settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FILES = {
    "Connections.csv": (fixture("export_2026") / "Connections.csv").read_text(encoding="utf-8"),
    "messages.csv": (fixture("export_2026") / "messages.csv").read_text(encoding="utf-8"),
    "Invitations.csv": (fixture("export_2026") / "Invitations.csv").read_text(encoding="utf-8"),
}


def _load(tmp_path, name: str, data: bytes):
    folder = tmp_path / "x"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_bytes(data)
    try:
        ex = nk.load_export(folder)
    except nk.ExportError as err:
        assert err.file is not None
        assert "\n" not in str(err).strip() or err.line is not None
        return err
    assert isinstance(ex, nk.Export)
    for table, frame in ex.tables().items():
        assert list(frame.columns) == list(nk.export.TABLES[table])
    return ex


@SETTINGS
@given(name=st.sampled_from(sorted(FILES)), data=st.binary(max_size=400))
def test_random_bytes(tmp_path, name, data):
    _load(tmp_path, name, data)


@SETTINGS
@given(
    name=st.sampled_from(sorted(FILES)),
    cut=st.floats(0, 1),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quote_at=st.floats(0, 1),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]),
)
def test_mangled_csv(tmp_path, name, cut, delimiter, quote_at, encoding):
    text = FILES[name]
    text = text[: int(len(text) * cut)]
    text = text.replace(",", delimiter)
    pos = int(len(text) * quote_at)
    text = text[:pos] + '"' + text[pos:]
    _load(tmp_path, name, text.encode(encoding, errors="replace"))


def _permute(text: str, order: list[int]) -> str:
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(("First", '"CONV', "From")))
    rows = list(csv.reader(io.StringIO("\n".join(lines[start:]))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([row[i] for i in order if i < len(row)])
    return "\n".join([*lines[:start], out.getvalue()])


@settings(SETTINGS, max_examples=12)
@given(name=st.sampled_from(sorted(FILES)), seed=st.randoms(use_true_random=False))
def test_header_permutations_give_the_same_tables(tmp_path, name, seed):
    reference = _load(tmp_path, name, FILES[name].encode())
    ncols = len(next(csv.reader(io.StringIO(FILES[name].split("\n")[-2]))))
    order = list(range(ncols))
    seed.shuffle(order)
    permuted = _load(tmp_path, name, _permute(FILES[name], order).encode())
    assert isinstance(permuted, nk.Export), permuted
    for table, frame in reference.tables().items():
        pd.testing.assert_frame_equal(frame, getattr(permuted, table), obj=table)


@SETTINGS
@given(
    slug=st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
    upper=st.booleans(),
    www=st.booleans(),
    scheme=st.sampled_from(["", "http://", "https://"]),
    tail=st.sampled_from(["", "/", "?trk=abc", "/?x=1#y"]),
)
def test_member_key_normalises_every_spelling(slug, upper, www, scheme, tail):
    url = f"{scheme}{'www.' if www else ''}linkedin.com/in/{slug.upper() if upper else slug}{tail}"
    assert nk.export.member_key(url) == slug
    assert nk.export.member_key(nk.export.member_key(url)) == slug
