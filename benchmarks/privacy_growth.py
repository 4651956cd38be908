"""Time the privacy pass on one cell of 10k to 1M characters (issue 21's table).

Each shape is one text cell: a long word of letters (the shape that made the old patterns
quadratic), digits, a URL-like run, and ordinary prose with names, addresses and numbers;
every cell ends in ``@`` so it passes the cheap prefilter and reaches the exact patterns.
For each size, the best of ``--repeats`` CPU times of:

- ``scrub``: :func:`networkkit.prepare.scrub_text` on a one-cell Series;
- ``anonymize``: the name replacer :func:`networkkit.prepare.anonymize_export` applies to
  free text, with 16,000 known names (profile links, then names).

``--before REV`` times the same on the code of a git revision (e.g. ``ac2d94d``, before
issue 21), skipping any size past ``--limit`` seconds so quadratic code does not run for
hours.

    .venv/bin/python benchmarks/privacy_growth.py [--before ac2d94d] [--repeats 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SIZES = [10_000, 30_000, 100_000, 300_000, 1_000_000]
SHAPES = {
    "letters": "a",
    "digits": "7",
    "url-like": "https://www.linkedin.com/in/",
    "prose": "Hi Ana Ruiz, mail ana@example.com or call +44 20 7946 0958. ",
}


def _privacy(before: str | None):
    """Return the privacy module of the working tree, or of revision ``before``."""
    if before is None:
        from networkkit.prepare import _privacy

        return _privacy
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{before}:networkkit/prepare/_privacy.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "privacy_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("privacy_before", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _replacer(privacy, names: int):
    """Build the free-text name replacer over ``names`` known people."""
    import networkkit as nk

    ex = nk.load_export(ROOT / "data" / "sample")
    people = pd.Series([f"Given{i} Family{i}" for i in range(names)] + ["Ana Ruiz"])
    connections = ex.connections.iloc[[0] * len(people)].reset_index(drop=True)
    connections["full_name"] = people.astype(connections["full_name"].dtype)
    first_last = people.str.split(" ", n=1, expand=True)
    connections["first_name"] = first_last[0].astype(connections["first_name"].dtype)
    connections["last_name"] = first_last[1].astype(connections["last_name"].dtype)
    import dataclasses

    ex = dataclasses.replace(ex, connections=connections)
    return privacy._name_replacer(ex, privacy.Pseudonymizer(b"k" * 32))


def _best(func, value, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        func(value)
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=None, help="a git revision to time instead")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=float, default=60.0, help="skip larger sizes after")
    parser.add_argument("--names", type=int, default=16_000)
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args(argv)
    privacy = _privacy(args.before)
    replace = _replacer(privacy, args.names)
    print(f"code: {args.before or 'working tree'}; names: {args.names:,}; CPU seconds")
    print(f"{'shape':<10} {'pass':<10} " + " ".join(f"{n:>9,}" for n in SIZES))
    for shape in args.shapes.split(","):
        unit = SHAPES[shape]
        for label, func in (("scrub", privacy.scrub_text), ("anonymize", replace)):
            row, skip = [], False
            for n in SIZES:
                if skip:
                    row.append(f"{'–':>9}")
                    continue
                cell = pd.Series([(unit * (n // len(unit) + 1))[: n - 1] + "@"], dtype="string")
                seconds = _best(func, cell, 1 if n >= 300_000 else args.repeats)
                row.append(f"{seconds:>9.3f}")
                skip = seconds > args.limit / 10
            print(f"{shape:<10} {label:<10} " + " ".join(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
