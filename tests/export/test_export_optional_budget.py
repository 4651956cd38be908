"""Optional activity files past their budget are named and never decompressed, so many copies
of a Shares file cannot fill memory (issue: no input blows up memory)."""

from __future__ import annotations

import zipfile

import networkkit as nk
from networkkit.export import _archive, _load

SHARE = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + (
    "2024-01-01 10:00:00,https://www.linkedin.com/feed/update/1,hello,,,PUBLIC\n" * 20
)
CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,09 Mar 2026\n"
)


def test_optional_files_past_the_budget_are_named_not_read(tmp_path, monkeypatch):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", CONNECTIONS)
        for i in range(10):
            zf.writestr(f"Shares_{i}.csv", SHARE)
    size = len(SHARE.encode())
    monkeypatch.setattr(_load, "MAX_OPTIONAL_BYTES", 3 * size)  # room for three copies
    streamed: list[str] = []
    real = _archive._stream

    def counting(zf, info, label, *args, **kwargs):
        streamed.append(info.filename)
        return real(zf, info, label, *args, **kwargs)

    monkeypatch.setattr(_archive, "_stream", counting)
    ex = nk.load_export(path)
    assert len(ex.connections) == 1  # the core tables always read
    report = ex.parse_report.set_index("file")
    read = [f"Shares_{i}.csv" for i in range(3)]
    left = [f"Shares_{i}.csv" for i in range(3, 10)]
    assert all(report.loc[f, "notes"] is not None for f in left)
    assert all("optional activity files pass" in str(report.loc[f, "notes"]) for f in left)
    assert sorted(f for f in streamed if f.startswith("Shares")) == read  # never decompressed
    assert len(ex.extra["shares"]) == 3 * 20
