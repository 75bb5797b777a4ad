"""Running `mypy --strict` from the tests: the tests' own interpreter, no cache left behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def mypy_strict(target: str | Path, cwd: Path, mypypath: str | None = None) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` on `target` (a file or package) from `cwd`; with `mypypath`, only those
    folders and the system's basic tools are visible to it."""
    env = None if mypypath is None else {"MYPYPATH": mypypath, "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(target)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
