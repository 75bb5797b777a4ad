"""What every part of the benchmark shares: paths, the peers, measuring a child, tables."""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_SPECS = REPO.parent / "shared" / "specs"  # the shared corpus, beside the clone
GITHUB_SPEC = SHARED_SPECS / "github" / "api.github.com.json"
WORK = REPO / "benchmarks" / ".work"
PEERS_VENV = WORK / "peers"
# Peers are installed by the benchmark into their own virtualenv, at these exact versions.
PEER_PINS = ["openapi-python-client==0.29.1", "datamodel-code-generator==0.89.0", "black==26.10.1", "ruff==0.17.6"]

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

@dataclass(frozen=True)
class Run:
    """One measured run: wall-clock and CPU seconds, and peak memory in KiB.

    `cpu_seconds` is user + system time of the child and the descendants it waited for (a
    process pool's workers included): unlike wall-clock time, it hardly depends on how busy
    the machine is. `max_rss_kib` is `ru_maxrss` from `os.wait4`: the largest single process
    of the tree. `tree_pss_kib` is the largest sum over the whole tree of each process's
    proportional set size (pages shared after a fork counted once), sampled twice a second,
    so it can miss a short peak.
    """

    seconds: float
    cpu_seconds: float
    max_rss_kib: int
    tree_pss_kib: int


def oapigen_command(*extra: str) -> Callable[[Path, Path], list[str]]:
    """The `oapigen generate` command line for one spec, with extra options."""

    def command(spec: Path, out: Path) -> list[str]:
        exe = shutil.which("oapigen")
        base = [exe] if exe else [sys.executable, "-m", "generator"]
        return [*base, *extra[:1], str(spec), "-o", str(out), "--package-name", "bench_client", *extra[1:]]

    return command


def peer(executable: str) -> str:
    return str(PEERS_VENV / "bin" / executable)


def opc_command(config: str) -> Callable[[Path, Path], list[str]]:
    """openapi-python-client with a config file (its post hooks: none, or its defaults)."""

    def command(spec: Path, out: Path) -> list[str]:
        argv = [peer("openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(out / "client")]
        argv += ["--meta", "none", "--overwrite"]
        return argv + (["--config", config] if config else [])

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


def tool_environment() -> dict[str, str]:
    """This environment, but with bytecode written as users have it.

    With `PYTHONDONTWRITEBYTECODE` set, every run of an editable checkout whose modules changed
    since their bytecode was last written compiles them again (the peers' installed packages
    were compiled when installed).
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(argv: list[str], env: dict[str, str]) -> Run:
    """Run argv once; return its wall-clock time and peak RSS, or raise on failure."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env={**tool_environment(), **env})
        done, tree_peak = threading.Event(), [0]

        def sample() -> None:
            while not done.wait(0.5):
                tree_peak[0] = max(tree_peak[0], tree_pss_kib(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"exit {proc.returncode}: {' '.join(argv)}\n{tail}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, tree_peak[0])


def tree_pss_kib(root: int) -> int:
    """The summed proportional set size of a process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])  # after "pid (comm)": state, ppid
        except (OSError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            found = re.search(r"^Pss:\s+(\d+) kB", Path(f"/proc/{pid}/smaps_rollup").read_text(), re.M)
        except OSError:
            continue
        total += int(found.group(1)) if found else 0
    return total


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
