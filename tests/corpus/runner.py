"""The corpus run: every document in the shared specs folder, generated, imported, type-checked.

`python -m tests.corpus.runner [--write] [--jobs N] [SUBSTRING ...]` prints the table (and with
`--write` stores it in tests/corpus/RESULTS.md). `test_corpus.py` runs the same entries in CI.
Each entry runs in subprocesses (generate, then import and decode examples, then mypy), so
entries run in parallel on every core and one crash cannot take the others down.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(os.environ.get("OAPIGEN_CORPUS", ROOT.parent / "shared" / "specs"))
RESULTS = Path(__file__).with_name("RESULTS.md")
INVALID_EXAMPLES = Path(__file__).with_name("invalid_examples.tsv")
ERROR_FOLDER = "openapi-python-client/documents_with_errors/"
TIMEOUT = 1200
# Entries that take minutes: marked `slow` in test_corpus.py (CI still runs them).
HEAVY = frozenset(
    {"github/api.github.com.json", "stripe/spec3.json", "digitalocean-multifile/specification/DigitalOcean-public.v2.yaml"}
)
# Entries whose generated code is not run through black here: black alone takes 2-6 minutes
# on their 3-13 MB of models and cannot change what imports or type-checks (it keeps the AST).
UNFORMATTED = frozenset({"github/api.github.com.json", "stripe/spec3.json"})


@dataclass(frozen=True)
class Entry:
    """One MANIFEST row: an entry document and whether it is broken on purpose."""

    path: str

    @property
    def expects_error(self) -> bool:
        return self.path.startswith(ERROR_FOLDER)

    @property
    def package(self) -> str:
        """A package name unique to this entry (mypy's shared cache is keyed by module name)."""
        slug = "".join(c if c.isalnum() else "_" for c in self.path.rsplit(".", 1)[0].lower())
        return "c_" + slug.strip("_")[-60:]


@dataclass
class Row:
    """The outcome of one entry; `problems` lists every check that failed, with its reason."""

    entry: Entry
    operations: int = 0
    schemas: int = 0
    generate: str = "-"
    imported: str = "-"
    mypy: str = "-"
    examples: str = "-"
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def invalid_examples() -> dict[str, str]:
    """Examples checked by hand to violate their own schema: location → why (named exceptions)."""
    with INVALID_EXAMPLES.open(newline="") as handle:
        return {row["location"]: row["reason"] for row in csv.DictReader(handle, delimiter="\t")}


def manifest_entries(specs: Path = SPECS) -> list[Entry]:
    """Every entry document the MANIFEST lists, in its order."""
    with (specs / "MANIFEST.tsv").open(newline="") as handle:
        return [Entry(row["relative_path"]) for row in csv.DictReader(handle, delimiter="\t")]


def _run(row: Row, phase: str, args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run one phase of an entry in a subprocess, recording how long it took."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    start = time.perf_counter()
    try:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    finally:
        row.phases[phase] = time.perf_counter() - start


def _json_output(result: subprocess.CompletedProcess[str]) -> dict[str, Any] | None:
    lines = result.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        return None


def run_entry(entry: Entry, workdir: Path, mypy_cache: Path) -> Row:
    """Generate, import, decode examples and type-check one entry."""
    start = time.perf_counter()
    row = Row(entry)
    out = workdir / entry.package
    args = [sys.executable, "-m", "tests.corpus.worker", str(SPECS / entry.path), str(out), entry.package]
    generated = _json_output(_run(row, "generate", args + (["--no-black"] if entry.path in UNFORMATTED else [])))
    if generated is None:
        row.generate = "crash"
        row.problems.append("generator crashed (a traceback, not a located error)")
    elif not generated["ok"]:
        _check_errors(row, generated["errors"])
    elif entry.expects_error:
        row.generate = "no error"
        row.problems.append("a document broken on purpose generated without an error")
    else:
        row.generate = "ok"
        row.operations, row.schemas = generated["operations"], generated["schemas"]
        _probe(row, out)
        if row.imported == "ok":
            _mypy(row, out, mypy_cache)
    row.seconds = time.perf_counter() - start
    return row


def _check_errors(row: Row, errors: list[str]) -> None:
    located = all("#" in e.split(": ", 2)[1] for e in errors)
    row.generate = "located error" if located else "unlocated error"
    if not row.entry.expects_error:
        row.problems.append("generation failed: " + "; ".join(errors)[:300])
    elif not located:
        row.problems.append("error without a JSON pointer: " + "; ".join(errors)[:300])


def _probe(row: Row, out: Path) -> None:
    probed = _json_output(_run(row, "import", [sys.executable, str(Path(__file__).with_name("probe.py")), str(out), row.entry.package]))
    if probed is None or not probed["imported"]:
        row.imported = "fail"
        row.problems.append("import failed: " + (probed["error"] if probed else "probe crashed"))
        return
    row.imported = "ok"
    known = invalid_examples()
    failures = [f for f in probed["failures"] if f["location"] not in known]
    invalid = [loc for loc in known if loc in probed["locations"]]
    decoded = probed["examples"] - len(probed["failures"])
    row.examples = f"{decoded}/{probed['examples'] - len(invalid)}" + (f" (+{len(invalid)} invalid)" if invalid else "")
    for failure in failures:
        row.problems.append(f"example {failure['location']} ({failure['name']}): {failure['problem']}")
    stale = set(invalid) - {f["location"] for f in probed["failures"]}
    row.problems.extend(f"example {loc} is listed as invalid but decodes: remove it from the list" for loc in sorted(stale))


def _mypy(row: Row, out: Path, cache: Path) -> None:
    args = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "-p", row.entry.package]
    result = _run(row, "mypy", args, cwd=out)
    row.mypy = "ok" if result.returncode == 0 else f"{result.stdout.count(': error:')} errors"
    if result.returncode != 0:
        row.problems.append("mypy: " + " | ".join(result.stdout.splitlines()[:5])[:600])


def run_all(entries: list[Entry], workdir: Path, jobs: int) -> list[Row]:
    """Run entries in parallel (largest first, so the long ones start early); rows in input order."""
    cache = workdir / ".mypy_cache"
    order = sorted(entries, key=lambda e: -(SPECS / e.path).stat().st_size)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {e: pool.submit(run_entry, e, workdir, cache) for e in order}
        return [futures[e].result() for e in entries]


def table(rows: list[Row]) -> str:
    """The Markdown results table, then every problem found, per spec."""
    lines = [
        "| spec | operations | schemas | generate | import | mypy | examples decoded | seconds (generate/import/mypy) |",
        "|---|---:|---:|---|---|---|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.entry.path} | {r.operations} | {r.schemas} | {r.generate} | {r.imported} | {r.mypy} "
            f"| {r.examples} | {r.seconds:.1f} ({'/'.join(f'{v:.0f}' for v in r.phases.values())}) |"
        )
    passed = sum(r.ok for r in rows)
    lines += ["", f"{passed}/{len(rows)} entries pass every check."]
    for r in rows:
        if r.problems:
            lines += ["", f"### {r.entry.path}", ""] + [f"- {p}" for p in r.problems]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    write = "--write" in argv
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else os.cpu_count() or 1
    filters = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--jobs")]
    entries = [e for e in manifest_entries() if not filters or any(f in e.path for f in filters)]
    import tempfile

    with tempfile.TemporaryDirectory(prefix="oapigen-corpus-") as tmp:
        rows = run_all(entries, Path(tmp), jobs)
    text = table(rows)
    print(text)
    if write:
        header = RESULTS.read_text().split("<!-- table -->")[0] if RESULTS.exists() else ""
        RESULTS.write_text(header + "<!-- table -->\n\n" + text)
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
