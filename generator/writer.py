"""Write generated files into an output folder: all or nothing, never outside it.

The folder keeps a manifest (`.oapigen-manifest`) of the files oapigen wrote, so a later run
removes the ones it no longer generates and never touches files it did not write.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pathspec

from generator.diagnostics import SpecError

MANIFEST = ".oapigen-manifest"
IGNORE_FILE = ".oapigenignore"
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


def check_relative_path(path: str) -> PurePosixPath:
    """Validate a generated file's path: relative, inside the folder, portable."""
    pure = PurePosixPath(path)
    bad = (
        not path
        or "\\" in path
        or "\x00" in path
        or pure.is_absolute()
        or any(part in ("", ".", "..") for part in pure.parts)
        or any(part.split(".")[0].lower() in WINDOWS_RESERVED for part in pure.parts)
        or any(c in path for c in ':*?"<>|')
    )
    if bad:
        raise SpecError.single(path, "refusing to write a file outside the output folder or with an unportable name")
    return pure


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    protected: list[str] = field(default_factory=list)


def protected_paths(out: Path) -> Callable[[str], bool]:
    """Paths the user protects from overwrites in `out/.oapigenignore` (gitignore syntax)."""
    try:
        lines = (out / IGNORE_FILE).read_text("utf-8").splitlines()
    except (FileNotFoundError, NotADirectoryError):
        return lambda path: False
    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return lambda path: path != MANIFEST and spec.match_file(path)


def read_manifest(out: Path) -> list[str]:
    try:
        text = (out / MANIFEST).read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _manifest_bytes(paths: list[str]) -> bytes:
    lines = ["# Files written by oapigen; it removes those it no longer generates. Do not edit."]
    return ("\n".join(lines + sorted(paths)) + "\n").encode()


def planned_files(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """The generated files plus the manifest, with every path validated (and no two paths
    that differ only by case, which would collide on macOS and Windows)."""
    seen: dict[str, str] = {}
    for path in files:
        check_relative_path(path)
        folded = path.lower()
        if folded in seen:
            raise SpecError.single(path, f"differs only by case from {seen[folded]!r}")
        seen[folded] = path
    return {**files, MANIFEST: _manifest_bytes(list(files))}


def write_files(
    out: Path,
    files: Mapping[str, bytes],
    *,
    after_each: Callable[[str], None] | None = None,
) -> WriteReport:
    """Make `out` hold exactly `files` (plus untouched foreign files), atomically.

    New contents are staged next to their targets first; then each target is swapped in with
    `os.replace`, keeping a backup. If anything fails, every backup is restored and every new
    file removed, so the folder is as it was. `after_each` is a test hook called per swap.
    """
    planned = planned_files(files)
    report = WriteReport()
    is_protected = protected_paths(out)
    stale = [p for p in read_manifest(out) if p not in planned and _safe(p) and not is_protected(p)]
    changes: dict[str, bytes] = {}
    for path, content in planned.items():
        target = out / path
        if is_protected(path):
            report.protected.append(path)
            continue
        if target.is_file() and target.read_bytes() == content:
            if path != MANIFEST:
                report.unchanged.append(path)
            continue
        changes[path] = content
    staged: list[Path] = []
    backups: list[tuple[Path, Path]] = []
    created: list[Path] = []
    made_dirs: list[Path] = []
    present: set[Path] = set()  # folders known to exist: each is looked at once, not per file
    try:
        for path, content in changes.items():
            target = out / path
            for parent in reversed(target.parents):
                if parent in present:
                    continue
                if not parent.exists():
                    parent.mkdir()
                    made_dirs.append(parent)
                present.add(parent)
            temp = target.with_name(f".{target.name}.oapigen-new")
            temp.write_bytes(content)
            staged.append(temp)
        for path, content in changes.items():
            target = out / path
            temp = target.with_name(f".{target.name}.oapigen-new")
            if target.exists():
                backup = target.with_name(f".{target.name}.oapigen-old")
                os.replace(target, backup)
                backups.append((backup, target))
            else:
                created.append(target)
            os.replace(temp, target)
            if path != MANIFEST:
                report.written.append(path)
            if after_each is not None:
                after_each(path)
        for path in stale:
            target = out / path
            if target.is_file():
                backup = target.with_name(f".{target.name}.oapigen-old")
                os.replace(target, backup)
                backups.append((backup, target))
                report.removed.append(path)
    except BaseException:
        for target in created:
            target.unlink(missing_ok=True)
        for backup, target in reversed(backups):
            os.replace(backup, target)
        for temp in staged:
            temp.unlink(missing_ok=True)
        for directory in reversed(made_dirs):
            _rmdir_if_empty(directory)
        raise
    for backup, _ in backups:
        backup.unlink(missing_ok=True)
    for path in report.removed:
        _prune_empty_parents(out, out / path)
    return report


def _safe(path: str) -> bool:
    try:
        check_relative_path(path)
    except SpecError:
        return False
    return True



def _rmdir_if_empty(directory: Path) -> None:
    try:
        directory.rmdir()
    except OSError:
        pass


def _prune_empty_parents(out: Path, removed: Path) -> None:
    for parent in removed.parents:
        if parent == out or out not in parent.parents:
            break
        _rmdir_if_empty(parent)


@dataclass
class Staleness:
    """How an output folder differs from what would be generated now."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    diffs: dict[str, list[str]] = field(default_factory=dict)

    @property
    def current(self) -> bool:
        return not (self.changed or self.missing or self.stale)


def compare(out: Path, files: Mapping[str, bytes]) -> Staleness:
    """Compare an output folder with freshly generated files, without writing anything."""
    planned = planned_files(files)
    result = Staleness()
    is_protected = protected_paths(out)
    for path, content in planned.items():
        target = out / path
        if is_protected(path):
            continue
        if not target.is_file():
            result.missing.append(path)
            continue
        old = target.read_bytes()
        if old != content:
            result.changed.append(path)
            result.diffs[path] = list(
                difflib.unified_diff(
                    old.decode("utf-8", "replace").splitlines(keepends=True),
                    content.decode("utf-8", "replace").splitlines(keepends=True),
                    f"a/{path}",
                    f"b/{path}",
                )
            )
    result.stale = [
        p for p in read_manifest(out) if p not in planned and _safe(p) and not is_protected(p) and (out / p).is_file()
    ]
    return result
