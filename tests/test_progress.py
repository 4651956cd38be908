"""Each report's progress is one labelled line of its own (issue 16)."""

from __future__ import annotations

import io
import re
import threading

from tqdm import tqdm

from networkkit.reports import _render


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_line_names_its_report_and_counts_cells():
    screen = _Terminal()
    bar = tqdm(total=21, file=screen, **_render.progress_options("network"))
    bar.update(7)
    bar.refresh()
    assert re.search(r"network report: cell 7/21 \|", screen.getvalue())
    bar.close()


def test_off_a_terminal_no_line_is_drawn():
    log = io.StringIO()  # a log file or CI: no carriage-return noise
    bar = tqdm(total=21, file=log, **_render.progress_options("outreach"))
    bar.update(21)
    bar.close()
    assert log.getvalue() == ""


def test_reports_side_by_side_get_rows_of_their_own():
    held, release, rows = threading.Barrier(3), threading.Event(), []

    def report():
        with _render._progress_row() as row:
            rows.append(row)
            held.wait()
            release.wait()

    threads = [threading.Thread(target=report) for _ in range(2)]
    for t in threads:
        t.start()
    held.wait()
    assert sorted(rows) == [0, 1]
    assert [_render.progress_options("network", r)["position"] for r in rows] == rows
    release.set()
    for t in threads:
        t.join()
    with _render._progress_row() as row:  # rows are given back when a report ends
        assert row == 0
