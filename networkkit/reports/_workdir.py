"""Where a report run keeps its temporary files, and how its results land together.

A run's notebooks hold personal data from the moment papermill writes them, so nothing of a
run goes to ``$TMPDIR``:

- every temporary file (the built notebook, the executed notebook, the HTML before it lands)
  lives in a private folder inside the output folder, ``.networkkit-run-<pid>-<random>``
  (mode 0700), which is also the kernel's working directory;
- the folder is removed when the run ends, when the process gets SIGTERM or SIGINT (the
  command line calls :func:`abandon_runs` from its signal handler), and, after a SIGKILL, by
  the next run into the same folder (:func:`clean_leftovers`: its process is gone);
- the HTML and the notebook of one run land together: a small journal
  ``.<name>.<pid>.commit`` lists both renames before the first one happens and is removed
  after the second; a run that finds a journal of a dead process finishes its renames
  (roll forward), so the pair is always from one run.

What is kept between runs (:func:`user_cache`) is never about the member: the subset of a
font's common characters and the compiled report template, in the user's cache folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = [
    "abandon_runs",
    "clean_leftovers",
    "commit_together",
    "private_folder",
    "user_cache",
    "write_file",
]

#: Prefix of a run's private folder inside the output folder.
RUN_PREFIX = ".networkkit-run-"
_JOURNAL_SUFFIX = ".commit"

_ACTIVE: set[Path] = set()


def user_cache(name: str) -> Path:
    """Return a folder of the user's cache for what report runs keep between runs.

    ``$XDG_CACHE_HOME/networkkit/<name>`` (``~/.cache`` when unset); it is not created here,
    and a folder that cannot be written only means nothing is kept. Only what holds nothing
    of the member's data goes there.

    Parameters
    ----------
    name : str
        The kind of thing kept (``"fonts"``, ``"templates"``).

    Returns
    -------
    pathlib.Path
        The folder.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "networkkit" / name


_LOCK = threading.Lock()


def _pid_of(name: str, prefix: str) -> int | None:
    try:
        return int(name[len(prefix) :].split("-", 1)[0].split(".", 1)[0])
    except ValueError:
        return None


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def private_folder(out: Path) -> Iterator[Path]:
    """Yield a new private (0700) folder inside ``out`` for one run; remove it afterwards."""
    path = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-", dir=out.absolute()))
    with _LOCK:
        _ACTIVE.add(path)
    try:
        yield path
    finally:
        with _LOCK:
            _ACTIVE.discard(path)
        shutil.rmtree(path, ignore_errors=True)


def write_file(folder: Path, name: str, data: str) -> Path:
    """Write ``data`` to ``folder/name``, flushed to disk, readable by others (0644)."""
    path = folder / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o644)
    return path


def _roll_forward(journal: Path) -> None:
    try:
        moves = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        moves = []
    for source, target in moves:
        with contextlib.suppress(FileNotFoundError):
            os.replace(source, target)
    with contextlib.suppress(FileNotFoundError):
        journal.unlink()


def commit_together(work: Path, out: Path, name: str, moves: Sequence[tuple[Path, Path]]) -> None:
    """Rename every ``(source, target)`` of ``moves`` into place as one step.

    Parameters
    ----------
    work : Path
        The run's private folder (the journal is written there first).
    out : Path
        The output folder (the journal is renamed there while the renames happen).
    name : str
        The report's file stem, which names the journal.
    moves : sequence of (Path, Path)
        Finished files in ``work`` and where they belong in ``out``.
    """
    journal = out / f".{name}.{os.getpid()}{_JOURNAL_SUFFIX}"
    listed = [[str(s.absolute()), str(t.absolute())] for s, t in moves]
    pending = write_file(work, journal.name, json.dumps(listed))
    os.replace(pending, journal)
    _roll_forward(journal)


def clean_leftovers(out: Path) -> None:
    """Finish the commits and remove the private folders of runs whose process is gone.

    Runs of live processes (two runs into one folder at once) are left alone.
    """
    if not out.is_dir():
        return
    for journal in out.glob(f".*{_JOURNAL_SUFFIX}"):
        pid = _pid_of(journal.name.rsplit(".", 2)[-2], "")
        if not _alive(pid):
            _roll_forward(journal)
    for folder in out.glob(f"{RUN_PREFIX}*"):
        if folder.is_dir() and not _alive(_pid_of(folder.name, RUN_PREFIX)):
            shutil.rmtree(folder, ignore_errors=True)


def abandon_runs() -> None:
    """Finish this process's commits and remove its private folders (for a signal handler)."""
    with _LOCK:
        folders = list(_ACTIVE)
    for folder in folders:
        for journal in folder.parent.glob(f".*.{os.getpid()}{_JOURNAL_SUFFIX}"):
            _roll_forward(journal)
        shutil.rmtree(folder, ignore_errors=True)
