"""Benchmark oapigen against its peers: generation time, the generated clients, and scaling."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from clients import client_rows
from curve import DEFAULT_COPIES, curve_rows, linearity, measure_curve
from harness import (
    GITHUB_SPEC,
    REPO,
    WORK,
    Run,
    count_operations,
    ensure_peers,
    machine,
    measure,
    oapigen_command,
    opc_command,
    peer,
    peer_env,
    table,
    tool_environment,
)

REFERENCE = "openapi-python-client (no hooks)"
# Seconds of quiet before each timed run (see `settle`).
SETTLE_SECONDS = 1.0
DEFAULT_SPECS = [
    REPO / "specs" / "ai-stats-gateway.yaml",
    GITHUB_SPEC,
]


@dataclass(frozen=True)
class Tool:
    """A generator under test: a name, its command for (spec, output folder), and set-up.

    `prepare(spec, work)` runs untimed before each run and returns the spec to generate from
    (to warm a cache, or to edit a copy of the spec); `env` adds environment variables.
    """

    name: str
    command: Callable[[Path, Path], list[str]]
    prepare: Callable[[Path, Path, Path], Path] | None = None
    env: Callable[[Path], dict[str, str]] | None = None


def shared_cache(work: Path) -> dict[str, str]:
    """The benchmark's own cache folder (never the user's), shared by the cached rows."""
    return {"OAPIGEN_CACHE_DIR": str(WORK / "oapigen-cache")}


def warm(spec: Path, out: Path, work: Path) -> Path:
    """Generate once (untimed) so the measured run finds everything cached."""
    subprocess.run(oapigen_command("generate", "-q")(spec, out), check=True, env={**tool_environment(), **shared_cache(work)})
    return spec


# Run in a child process: loading a big spec here would grow this process, and children
# forked from it inherit that size in their reported peak RSS.
EDIT_ONE_SCHEMA = """
import json, sys, yaml
source, target, tag = sys.argv[1:]
with open(source, encoding="utf-8") as handle:
    document = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
if tag:
    schema = next(iter(document["components"]["schemas"].values()))
    schema["description"] = str(schema.get("description", "")) + " (edited in " + tag + ")"
with open(target, "w", encoding="utf-8") as handle:
    json.dump(document, handle)
"""


def warm_then_edit_one_schema(spec: Path, out: Path, work: Path) -> Path:
    """Generate from a copy of the spec (untimed), then change one schema's description in it.

    The edit names this run's own folder, so no earlier run can have cached its result.
    """
    copy = work / f"{spec.stem}.json"
    subprocess.run([sys.executable, "-c", EDIT_ONE_SCHEMA, str(spec), str(copy), ""], check=True)
    warm(copy, out, work)
    subprocess.run([sys.executable, "-c", EDIT_ONE_SCHEMA, str(spec), str(copy), work.name], check=True)
    return copy


def dmcg_command(formatter: str) -> Callable[[Path, Path], list[str]]:
    """datamodel-code-generator: pydantic v2 models only, formatted by `formatter`."""

    def command(spec: Path, out: Path) -> list[str]:
        return [
            peer("datamodel-codegen"), "--input", str(spec), "--input-file-type", "openapi",
            "--output", str(out / "models.py"), "--output-model-type", "pydantic_v2.BaseModel",
            "--formatters", formatter,
        ]

    return command


def tools(peers: bool) -> list[Tool]:
    """Every tool measured: oapigen cold and cached, and the peers when installed."""
    no_hooks = WORK / "opc-no-hooks.yaml"
    found = [
        Tool("oapigen (black, cold)", oapigen_command("generate", "-q", "--no-cache")),
        Tool("oapigen (ruff, cold)", oapigen_command("generate", "-q", "--no-cache", "--formatter", "ruff")),
        Tool("oapigen (unchanged, cached)", oapigen_command("generate", "-q"), warm, shared_cache),
        Tool("oapigen (one schema changed)", oapigen_command("generate", "-q"), warm_then_edit_one_schema, shared_cache),
        Tool("oapigen check (cached)", oapigen_command("check"), warm, shared_cache),
    ]
    if peers:
        WORK.mkdir(parents=True, exist_ok=True)
        no_hooks.write_text("post_hooks: []\n")
        found += [
            Tool(REFERENCE, opc_command(str(no_hooks)), env=peer_env),
            Tool("openapi-python-client (ruff hooks)", opc_command(""), env=peer_env),
            Tool("datamodel-code-generator (black)", dmcg_command("black"), env=peer_env),
            Tool("datamodel-code-generator (builtin)", dmcg_command("builtin"), env=peer_env),
        ]
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Measure the selected parts (all of them by default) and print one table per part."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generate", action="store_true", help="part: generation time of oapigen and the peers")
    parser.add_argument("--clients", action="store_true", help="part: the generated GitHub clients (import, decoding)")
    parser.add_argument("--curve", action="store_true", help="part: generation time against operations, to ~11,000")
    parser.add_argument("--spec", action="append", type=Path, help="spec to benchmark (repeatable; replaces the defaults)")
    parser.add_argument("--runs", type=int, default=3, help="runs per spec, and decoding repeats (default 3)")
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument("--no-peers", action="store_true", help="measure oapigen only (do not install peers)")
    parser.add_argument("--only", action="append", default=[], help="measure only tools whose name contains this")
    parser.add_argument("--copies", default=",".join(map(str, DEFAULT_COPIES)), help="curve: GitHub's paths this many times (default %(default)s)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    everything = not (args.generate or args.clients or args.curve)
    peers = not args.no_peers and (args.generate or args.clients or everything) and ensure_peers()
    print(f"Machine: {machine()}")
    failed = False
    if args.generate or everything:
        rows, failed = generation_rows(args, peers)
        print(table(rows, args.markdown))
    if (args.clients or everything) and not peers:
        print("skipped: the generated clients need the peers", file=sys.stderr)
    elif args.clients or everything:
        rows, notes = client_rows(args.runs)
        print("\n" + table(rows, args.markdown) + "".join(f"\n{note}" for note in notes))
    if args.curve or everything:
        points = measure_curve([int(c) for c in args.copies.split(",") if c])
        print("\n" + table(curve_rows(points), args.markdown))
        print("\n".join(linearity(points)))
        failed = failed or any(p.run is None for p in points)
    print(f"Machine at the end: {machine()}")
    return 1 if failed else 0


def generation_rows(args: argparse.Namespace, peers: bool) -> tuple[list[list[str]], bool]:
    """Every selected tool on every spec: the generation table's rows, and whether any failed."""
    shutil.rmtree(WORK / "oapigen-cache", ignore_errors=True)  # cached rows start from their own warm-up
    selected = [t for t in tools(peers) if not args.only or any(o in t.name for o in args.only)]
    rows = [["tool", "spec", "operations", "runs", "min s", "median s", "max s", f"median ÷ {REFERENCE}", "peak RSS MiB"]]
    failed = False
    for spec in [p.resolve() for p in args.spec] if args.spec else DEFAULT_SPECS:
        if not spec.is_file():
            print(f"skipped: {spec} not found", file=sys.stderr)
            continue
        ops = count_operations(spec)
        results: dict[str, list[Run]] = {}
        for tool in selected:
            try:
                results[tool.name] = measure_tool(tool, spec, args.runs)
            except (OSError, RuntimeError, ValueError, subprocess.CalledProcessError) as exc:
                print(f"failed: {tool.name} on {spec.name}: {exc}", file=sys.stderr)
                failed = True
        reference = statistics.median(r.seconds for r in results[REFERENCE]) if REFERENCE in results else None
        for name, runs in results.items():
            secs = [r.seconds for r in runs]
            ratio = f"{statistics.median(secs) / reference:.2f}" if reference else "-"
            rows.append([
                name, spec.name, "?" if ops is None else str(ops), str(len(runs)),
                f"{min(secs):.2f}", f"{statistics.median(secs):.2f}", f"{max(secs):.2f}", ratio,
                f"{max(r.max_rss_kib for r in runs) / 1024:.0f}",
            ])
    return rows, failed


def measure_tool(tool: Tool, spec: Path, runs: int) -> list[Run]:
    """Run one tool `runs` times, each in fresh folders; print progress to stderr."""
    measured: list[Run] = []
    for i in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-") as temp:
            work, out = Path(temp), Path(temp) / "out"
            target = tool.prepare(spec, out, work) if tool.prepare else spec
            env = tool.env(work) if tool.env else {}
            settle()
            measured.append(measure(tool.command(target, out), env))
        print(f"{tool.name} {spec.name} run {i + 1}: {measured[-1].seconds:.2f} s", file=sys.stderr)
    return measured


def settle() -> None:
    """Let the disk finish what earlier runs (and their clean-up) left it, before a timed run.

    Deleting the previous run's ~1,700 files, or a warm-up's writes, otherwise overlaps the
    next run's own file work: on a virtual disk that made the same run vary by a second.
    """
    os.sync()
    time.sleep(SETTLE_SECONDS)


if __name__ == "__main__":
    sys.exit(main())
