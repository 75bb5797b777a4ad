"""Time `oapigen generate` and peer generators on real specs: seconds, ratios and peak memory."""

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
WORK = REPO / "benchmarks" / ".work"
PEERS_VENV = WORK / "peers"
# Peers are installed by this script into their own virtualenv, at these exact versions.
PEER_PINS = ["openapi-python-client==0.29.1", "datamodel-code-generator==0.89.0", "black==26.10.1", "ruff==0.17.6"]
REFERENCE = "openapi-python-client (no hooks)"
DEFAULT_SPECS = [
    REPO / "specs" / "ai-stats-gateway.yaml",
    REPO.parent / "shared" / "specs" / "github" / "api.github.com.json",
]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


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


@dataclass(frozen=True)
class Run:
    """One measured run: wall-clock seconds and the child's peak RSS in KiB."""

    seconds: float
    max_rss_kib: int


def oapigen_command(*extra: str) -> Callable[[Path, Path], list[str]]:
    """The `oapigen generate` command line for one spec, with extra options."""

    def command(spec: Path, out: Path) -> list[str]:
        exe = shutil.which("oapigen")
        base = [exe] if exe else [sys.executable, "-m", "generator"]
        return [*base, *extra[:1], str(spec), "-o", str(out), "--package-name", "bench_client", *extra[1:]]

    return command


def shared_cache(work: Path) -> dict[str, str]:
    """The benchmark's own cache folder (never the user's), shared by the cached rows."""
    return {"OAPIGEN_CACHE_DIR": str(WORK / "oapigen-cache")}


def warm(spec: Path, out: Path, work: Path) -> Path:
    """Generate once (untimed) so the measured run finds everything cached."""
    subprocess.run(oapigen_command("generate", "-q")(spec, out), check=True, env={**os.environ, **shared_cache(work)})
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


def peer(executable: str) -> str:
    return str(PEERS_VENV / "bin" / executable)


def opc_command(config: str) -> Callable[[Path, Path], list[str]]:
    """openapi-python-client with a config file (its post hooks: none, or its defaults)."""

    def command(spec: Path, out: Path) -> list[str]:
        argv = [peer("openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(out / "client")]
        argv += ["--meta", "none", "--overwrite"]
        return argv + (["--config", config] if config else [])

    return command


def dmcg_command(formatter: str) -> Callable[[Path, Path], list[str]]:
    """datamodel-code-generator: pydantic v2 models only, formatted by `formatter`."""

    def command(spec: Path, out: Path) -> list[str]:
        return [
            peer("datamodel-codegen"), "--input", str(spec), "--input-file-type", "openapi",
            "--output", str(out / "models.py"), "--output-model-type", "pydantic_v2.BaseModel",
            "--formatters", formatter,
        ]

    return command


def peer_env(work: Path) -> dict[str, str]:
    """Peers find their own ruff (for hooks) first on PATH."""
    return {"PATH": f"{PEERS_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}


def ensure_peers() -> bool:
    """Install the pinned peers into benchmarks/.work/peers unless already there."""
    wanted = {pin.split("==")[0]: pin.split("==")[1] for pin in PEER_PINS}
    pip = PEERS_VENV / "bin" / "pip"
    if not pip.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    listed = subprocess.run([str(pip), "list", "--format=json"], capture_output=True, text=True, check=False).stdout
    have = {p["name"].lower(): p["version"] for p in json.loads(listed or "[]")}
    if all(have.get(name) == version for name, version in wanted.items()):
        return True
    print("installing peers: " + " ".join(PEER_PINS), file=sys.stderr)
    return subprocess.run([str(pip), "install", "-q", *PEER_PINS], check=False).returncode == 0


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


def measure(argv: list[str], env: dict[str, str]) -> Run:
    """Run argv once; return its wall-clock time and peak RSS, or raise on failure."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, **env})
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"exit {proc.returncode}: {' '.join(argv)}\n{tail}")
    return Run(seconds, usage.ru_maxrss)


def machine() -> str:
    """One line describing this machine: CPUs, CPU model, RAM, Python, date, load average."""
    model = "unknown CPU"
    try:
        found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        model = found.group(1) if found else model
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{cpus} CPUs ({model}), Python {platform.python_version()}, {platform.system()}, {date}, load average {load}"


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
    parser.add_argument("--no-peers", action="store_true", help="measure oapigen only (do not install peers)")
    parser.add_argument("--only", action="append", default=[], help="measure only tools whose name contains this")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    peers = not args.no_peers and ensure_peers()
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
    print(f"Machine: {machine()}")
    print(table(rows, args.markdown))
    return 1 if failed else 0


def measure_tool(tool: Tool, spec: Path, runs: int) -> list[Run]:
    """Run one tool `runs` times, each in fresh folders; print progress to stderr."""
    measured: list[Run] = []
    for i in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-") as temp:
            work, out = Path(temp), Path(temp) / "out"
            target = tool.prepare(spec, out, work) if tool.prepare else spec
            env = tool.env(work) if tool.env else {}
            measured.append(measure(tool.command(target, out), env))
        print(f"{tool.name} {spec.name} run {i + 1}: {measured[-1].seconds:.2f} s", file=sys.stderr)
    return measured


if __name__ == "__main__":
    sys.exit(main())
