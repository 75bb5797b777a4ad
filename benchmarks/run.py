"""Time `oapigen generate` on real specs and report wall-clock seconds and peak memory."""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SPECS = [
    REPO / "specs" / "ai-stats-gateway.yaml",
    REPO.parent / "shared" / "specs" / "github" / "api.github.com.json",
]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


@dataclass(frozen=True)
class Tool:
    """A generator under test: a name and how to build its command for (spec, output folder)."""

    name: str
    command: Callable[[Path, Path], list[str]]


@dataclass(frozen=True)
class Run:
    """One measured run: wall-clock seconds and the child's peak RSS in KiB."""

    seconds: float
    max_rss_kib: int


def oapigen_command(spec: Path, out: Path) -> list[str]:
    """The `oapigen generate` command line for one spec."""
    exe = shutil.which("oapigen")
    base = [exe] if exe else [sys.executable, "-m", "generator"]
    return [*base, "generate", str(spec), "-o", str(out), "--package-name", "bench_client", "-q"]


# Add peers (openapi-python-client, datamodel-code-generator, ...) here.
TOOLS = [Tool("oapigen", oapigen_command)]


def count_operations(spec: Path) -> int | None:
    """Count operations under `paths` (JSON parsed; YAML by a light indentation scan)."""
    try:
        text = spec.read_text(encoding="utf-8")
    except OSError:
        return None
    if spec.suffix == ".json":
        paths = json.loads(text).get("paths", {})
        return sum(1 for item in paths.values() for key in item if key in HTTP_METHODS)
    count, in_paths, path_indent, child_indent = 0, False, -1, -1
    for line in text.splitlines():
        m = re.match(r"( *)([^\s#][^:]*):", line)
        if not m:
            continue
        indent, key = len(m.group(1)), m.group(2).strip("'\"")
        if indent == 0:
            in_paths = key == "paths"
        elif in_paths:
            if path_indent < 0 or indent <= path_indent:
                path_indent, child_indent = indent, -1
            elif child_indent < 0 or indent == child_indent:
                child_indent = indent
                count += key in HTTP_METHODS
    return count


def measure(argv: list[str]) -> Run:
    """Run argv once; return its wall-clock time and peak RSS, or raise on failure."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"exit {proc.returncode}: {' '.join(argv)}\n{tail}")
    return Run(seconds, usage.ru_maxrss)


def machine() -> str:
    """One line describing this machine: CPUs, CPU model, Python, date."""
    model = "unknown CPU"
    try:
        found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        model = found.group(1) if found else model
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"{cpus} CPUs ({model}), Python {platform.python_version()}, {platform.system()}, {date}"


def table(rows: list[list[str]], markdown: bool) -> str:
    """Format rows (first one is the header) as aligned text or Markdown."""
    if markdown:
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Benchmark every tool on every spec and print the results table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", action="append", type=Path, help="spec to benchmark (repeatable; replaces the defaults)")
    parser.add_argument("--runs", type=int, default=3, help="runs per spec (default 3)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    rows = [["tool", "spec", "operations", "runs", "min s", "median s", "max s", "peak RSS MiB"]]
    failed = False
    for spec in [p.resolve() for p in args.spec] if args.spec else DEFAULT_SPECS:
        if not spec.is_file():
            print(f"skipped: {spec} not found", file=sys.stderr)
            continue
        ops = count_operations(spec)
        for tool in TOOLS:
            runs: list[Run] = []
            try:
                for i in range(args.runs):
                    with tempfile.TemporaryDirectory(prefix="bench-") as out:
                        runs.append(measure(tool.command(spec, Path(out))))
                    print(f"{tool.name} {spec.name} run {i + 1}: {runs[-1].seconds:.2f} s", file=sys.stderr)
            except (OSError, RuntimeError) as exc:
                print(f"failed: {tool.name} on {spec.name}: {exc}", file=sys.stderr)
                failed = True
                continue
            secs = [r.seconds for r in runs]
            rows.append([
                tool.name, spec.name, "?" if ops is None else str(ops), str(len(runs)),
                f"{min(secs):.2f}", f"{statistics.median(secs):.2f}", f"{max(secs):.2f}",
                f"{max(r.max_rss_kib for r in runs) / 1024:.0f}",
            ])
    print(f"Machine: {machine()}")
    print(table(rows, args.markdown))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
