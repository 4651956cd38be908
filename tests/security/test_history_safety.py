"""A history.duckdb found in the output folder is only data: it can read nothing, fetch nothing,
and a bad one is moved aside while the run goes on (issue: files from others can't reach out)."""

from __future__ import annotations

import re
import socket
import sqlite3

import duckdb
import pandas as pd
import pytest

from networkkit import history

SECRET = "TOP-SECRET-7f3a9c-do-not-leak"


def _bad_copies(folder):
    return sorted(p.name for p in folder.iterdir() if ".bad-" in p.name)


def _record(db, **kw):
    return history.record(db, kind="network", fingerprint="f", measures={"connections": 5.0}, **kw)


def test_planted_view_reads_no_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    db = tmp_path / "history.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE VIEW runs AS SELECT now() AS run_at, 'network' AS kind, 'x' AS fingerprint, "
        f"content AS measure, 1.0 AS value FROM read_text('{secret}')"
    )
    con.close()
    assert history.load(db).empty  # reading never follows the view, never moves the file
    out = history.trend(db, kind="network", current={"connections": 3.0})
    assert SECRET not in out.to_string()
    sentence = history.check(db, root=tmp_path)
    assert not db.exists() and len(_bad_copies(tmp_path)) == 1
    assert sentence == _moved_aside("it holds views", _bad_copies(tmp_path)[0])
    rows = _record(db, root=tmp_path)
    assert len(rows) == 1 and history.load(db)["measure"].tolist() == ["connections"]


def test_macros_and_extra_tables_are_refused(tmp_path):
    for n, sql in enumerate(
        ["CREATE MACRO twice(x) AS x * 2", "CREATE TABLE secrets (a VARCHAR)"]
    ):
        db = tmp_path / f"h{n}" / "history.duckdb"
        db.parent.mkdir()
        _record(db)
        con = duckdb.connect(str(db))
        con.execute(sql)
        con.close()
        assert history.load(db).empty
        assert "was not a history" in history.check(db)


def test_every_history_is_opened_with_file_access_and_extensions_off(tmp_path):
    db = tmp_path / "history.duckdb"
    _record(db)
    with history._connect(db, read_only=True) as con:
        settings = dict(
            con.execute(
                "SELECT name, value FROM duckdb_settings() WHERE name IN ("
                "'enable_external_access', 'autoload_known_extensions', "
                "'autoinstall_known_extensions', 'lock_configuration')"
            ).fetchall()
        )
        with pytest.raises(duckdb.Error):
            con.execute("SET enable_external_access = true")
    assert settings == {
        "enable_external_access": "false",
        "autoload_known_extensions": "false",
        "autoinstall_known_extensions": "false",
        "lock_configuration": "true",
    }


def test_sqlite_history_loads_no_extension_and_is_moved_aside(tmp_path):
    db = tmp_path / "history.duckdb"
    lite = sqlite3.connect(db)
    lite.execute("CREATE TABLE runs (run_at, kind, fingerprint, measure, value)")
    lite.commit()
    lite.close()
    assert history.load(db).empty
    sentence = history.check(db)
    assert sentence == _moved_aside("it is not a DuckDB database", _bad_copies(tmp_path)[0])
    _record(db)
    assert len(history.load(db)) == 1


def test_remote_history_path_is_never_opened(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the history tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    url = "http://example.com/history.duckdb"
    assert history.load(url).empty
    assert history.check(url) == (
        f"the history path {url} is not a local file; this run's history is not kept"
    )
    assert _record(url).empty
    assert history.trend(url, kind="network", current={"a": 1.0})["change"].isna().all()


def _moved_aside(reason: str, copy: str) -> str:
    """The one sentence of a history moved aside as the file named ``copy``."""
    assert re.fullmatch(r"history\.duckdb\.bad-\d{8}T\d{12}Z", copy), copy
    return (
        f"history.duckdb was not a history networkkit wrote ({reason}); it was moved aside as "
        f"{copy} and a new history was started"
    )


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(
            lambda p: p.write_bytes(b"\x00garbage" * 200),
            "it is not a DuckDB database",
            id="garbage",
        ),
        pytest.param(lambda p: p.write_bytes(b""), "it is not a DuckDB database", id="empty"),
        pytest.param(lambda p: p.mkdir(), "it is not a regular file", id="folder"),
        pytest.param(
            lambda p: duckdb.connect(str(p)).execute("CREATE TABLE runs (a INTEGER)").close(),
            "its runs table has other columns than a history's",
            id="wrong-schema",
        ),
    ],
)
def test_unusable_history_is_moved_aside_and_a_new_one_starts(tmp_path, make, reason):
    db = tmp_path / "history.duckdb"
    make(db)
    assert history.load(db).empty
    sentence = history.check(db, root=tmp_path)
    assert len(_bad_copies(tmp_path)) == 1
    assert sentence == _moved_aside(reason, _bad_copies(tmp_path)[0])
    _record(db, root=tmp_path)
    assert history.load(db)["value"].tolist() == [5.0]
    assert history.check(db, root=tmp_path) is None


def test_symlinked_history_is_never_written_through(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    target = outside / "history.duckdb"
    _record(target)
    before = target.read_bytes()
    out = tmp_path / "reports"
    out.mkdir()
    link = out / "history.duckdb"
    link.symlink_to(target)
    assert history.load(link).empty
    _record(link, root=out)
    assert target.read_bytes() == before
    assert not link.is_symlink() and len(history.load(link)) == 1
    assert len(_bad_copies(out)) == 1


def test_history_outside_the_output_folder_is_not_written(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    db = tmp_path / "history.duckdb"
    assert _record(db, root=out).empty and not db.exists()
    assert "outside the output folder" in history.check(db, root=out)


def test_a_history_from_before_scope_is_kept_and_extended(tmp_path):
    db = tmp_path / "history.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE runs (run_at TIMESTAMPTZ NOT NULL, kind VARCHAR NOT NULL, "
        "fingerprint VARCHAR NOT NULL, measure VARCHAR NOT NULL, value DOUBLE)"
    )
    con.execute("INSERT INTO runs VALUES ('2026-11-01 07:00+00', 'network', 'a', 'n', 1.0)")
    con.close()
    assert history.check(db) is None
    assert history.load(db)["scope"].isna().all()
    history.record(db, kind="network", fingerprint="b", measures={"n": 2.0}, scope="all")
    assert history.load(db)["scope"].tolist()[-1] == "all"


def test_trend_never_compares_two_windows_silently(tmp_path):
    db = tmp_path / "history.duckdb"
    for day, scope, value in [("01", "2026", 10.0), ("08", "2025", 20.0)]:
        history.record(
            db,
            kind="network",
            fingerprint="f",
            measures={"n": value},
            run_at=f"2026-11-{day} 07:00",
            scope=scope,
        )
    out = history.trend(db, kind="network", current={"n": 15.0}, scope="2026")
    assert list(out.columns) == [
        "measure",
        "2026-11-01 07:00:00",
        "2026-11-08 07:00:00 (other window)",
        "this run",
        "change",
    ]
    assert out["change"].tolist() == [5.0]  # against the run on the same window
    assert pd.isna(
        history.trend(db, kind="network", current={"n": 1.0}, scope="2024")["change"].iloc[0]
    )
