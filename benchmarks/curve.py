"""Issue 7's scaling curve: `oapigen generate --no-cache` seconds against operations."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from harness import (
    GITHUB_SPEC,
    SHARED_SPECS,
    WORK,
    Run,
    count_operations,
    measure,
    oapigen_command,
)

# Corpus specs of increasing operation count (paths relative to shared/specs, see its MANIFEST.tsv).
LADDER = [
    "apis-guru/openai.com.json",  # 28 operations
    "openapi-python-client/baseline_openapi_3.0.json",  # 50
    "apis-guru/apache.org/airflow.json",  # 73
    "aistats/openapi.public.yaml",  # 179
    "apis-guru/bitbucket.org.json",  # 305
    "apis-guru/sendgrid.com.json",  # 334
    "stripe/spec3.json",  # 417
    "github/api.github.com.json",  # 1,223
]
DEFAULT_COPIES = (4, 9)  # GitHub's paths 9 times: 11,007 operations, about 25 MB
FORMATTERS = ("black", "none")
INPUTS = Path(__file__).with_name("inputs.py")


@dataclass(frozen=True)
class Point:
    """One spec generated once with one formatter: its measured run, or why it failed."""

    spec: Path
    operations: int
    formatter: str
    run: Run | None
    error: str = ""


def curve_specs(copies: Sequence[int]) -> list[Path]:
    """The corpus ladder, then GitHub's paths replicated `copies` times (built into .work/curve)."""
    folder = WORK / "curve"
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for count in copies:
        target = folder / f"github-x{count}.json"
        subprocess.run([sys.executable, str(INPUTS), "replicate", str(GITHUB_SPEC), str(target), str(count)], check=True)
        built.append(target)
    return [SHARED_SPECS / name for name in LADDER] + built


def measure_curve(copies: Sequence[int]) -> list[Point]:
    """Generate every spec of the curve once per formatter, smallest first; failures are kept."""
    points = []
    for spec in curve_specs(copies):
        if not spec.is_file():
            print(f"skipped: {spec} not found", file=sys.stderr)
            continue
        operations = count_operations(spec) or 0
        for formatter in FORMATTERS:
            argv_options = ["generate", "-q", "--no-cache", "--formatter", formatter]
            with tempfile.TemporaryDirectory(prefix="bench-curve-") as temp:
                try:
                    point = Point(spec, operations, formatter, measure(oapigen_command(*argv_options)(spec, Path(temp)), {}))
                except RuntimeError as exc:
                    point = Point(spec, operations, formatter, None, str(exc))
            points.append(point)
            outcome = f"{point.run.seconds:.1f} s" if point.run else f"FAILED: {point.error}"
            print(f"curve {spec.name} ({operations} operations, {formatter}): {outcome}", file=sys.stderr)
    return points


def curve_rows(points: list[Point]) -> list[list[str]]:
    """The curve as table rows (header first)."""
    rows = [["spec", "operations", "spec MB", "formatter", "seconds", "CPU s", "s per 1,000 ops", "CPU s per 1,000 ops", "peak RSS MiB (largest process)", "peak PSS MiB (tree)"]]
    for p in points:
        size = f"{p.spec.stat().st_size / 1e6:.1f}"
        if p.run is None:
            rows.append([p.spec.name, str(p.operations), size, p.formatter, "failed: " + p.error.splitlines()[0], *"-----"])
            continue
        per_thousand = [f"{s / p.operations * 1000:.1f}" if p.operations else "-" for s in (p.run.seconds, p.run.cpu_seconds)]
        rows.append([
            p.spec.name, str(p.operations), size, p.formatter, f"{p.run.seconds:.1f}", f"{p.run.cpu_seconds:.1f}",
            *per_thousand, f"{p.run.max_rss_kib / 1024:.0f}", f"{p.run.tree_pss_kib / 1024:.0f}",
        ])
    return rows


def linearity(points: list[Point]) -> list[str]:
    """Least-squares fits of wall-clock and CPU seconds against operations, per formatter.

    Over all specs, and over GitHub and its copies only (one shape of spec, so the cost per
    operation is comparable).
    """
    lines = []
    for formatter in FORMATTERS:
        measured = [p for p in points if p.formatter == formatter and p.run and p.operations]
        github = [p for p in measured if p.spec.name == GITHUB_SPEC.name or p.spec.parent == WORK / "curve"]
        for label, chosen in (("all specs", measured), ("GitHub ×k", github)):
            for quantity in ("seconds", "cpu_seconds"):
                if len(chosen) >= 3:
                    lines.append(f"{formatter}, {label}: {fit(chosen, quantity)}")
    return lines


def fit(points: list[Point], quantity: str) -> str:
    """quantity ≈ b × thousands of operations + a, with R² and the largest spec against the line."""
    xs = [p.operations / 1000 for p in points]
    ys = [getattr(p.run, quantity) for p in points]
    slope, intercept = statistics.linear_regression(xs, ys)
    r2 = statistics.correlation(xs, ys) ** 2
    largest = max(range(len(xs)), key=xs.__getitem__)
    name = "CPU s" if quantity == "cpu_seconds" else "s"
    return (
        f"{name} ≈ {slope:.1f} per 1,000 operations {intercept:+.1f}, R² = {r2:.3f}; "
        f"largest ({points[largest].operations} operations): {ys[largest]:.0f} {name} measured, "
        f"{intercept + slope * xs[largest]:.0f} on the line"
    )
