"""Writing output: all or nothing, stale files removed, foreign files untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.writer import MANIFEST, compare, write_files


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_first_write_creates_files_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = write_files(out, {"pkg/a.py": b"a\n", "README.md": b"r\n"})
    assert sorted(report.written) == ["README.md", "pkg/a.py"]
    assert snapshot(out)["pkg/a.py"] == b"a\n"
    assert (out / MANIFEST).read_text().splitlines()[1:] == ["README.md", "pkg/a.py"]


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, {"a.py": b"a\n", "b.py": b"b\n"})
    os.utime(out / "a.py", (1_000_000, 1_000_000))
    report = write_files(out, {"a.py": b"a\n", "b.py": b"B\n"})
    assert report.unchanged == ["a.py"] and report.written == ["b.py"]
    assert (out / "a.py").stat().st_mtime == 1_000_000


def test_stale_files_are_removed_and_foreign_files_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, {"pkg/old.py": b"old\n", "pkg/keep.py": b"k\n", "gone/x.py": b"x\n"})
    (out / "pkg" / "mine.py").write_bytes(b"hand-written\n")
    report = write_files(out, {"pkg/keep.py": b"k\n"})
    assert sorted(report.removed) == ["gone/x.py", "pkg/old.py"]
    assert snapshot(out) == {"pkg/keep.py": b"k\n", "pkg/mine.py": b"hand-written\n", MANIFEST: (out / MANIFEST).read_bytes()}
    assert not (out / "gone").exists()


def test_failure_midway_restores_the_folder_exactly(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, {"a.py": b"1\n", "b.py": b"1\n", "c.py": b"1\n"})
    before = snapshot(out)
    calls: list[str] = []

    def fail_after_two(path: str) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        write_files(out, {"a.py": b"2\n", "b.py": b"2\n", "new/d.py": b"2\n"}, after_each=fail_after_two)
    assert snapshot(out) == before
    assert not (out / "new").exists()
    assert not [p for p in out.rglob("*") if p.name.endswith((".oapigen-new", ".oapigen-old"))]


@pytest.mark.parametrize("path", ["../escape.py", "/abs.py", "a/../../b.py", "a\\b.py", "nul.py", "x/CON", "a\x00b", ""])
def test_paths_outside_the_folder_or_unportable_are_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(SpecError):
        write_files(tmp_path / "out", {path: b"x"})
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "escape.py").exists()


def test_case_insensitive_collisions_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="differs only by case"):
        write_files(tmp_path / "out", {"pkg/Models.py": b"", "pkg/models.py": b""})


def test_manifest_entries_outside_the_folder_are_ignored(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (out / MANIFEST).write_text("# x\n../victim.txt\n/etc/passwd\n")
    write_files(out, {"a.py": b"a"})
    assert victim.read_text() == "keep me"


def test_compare_reports_changed_missing_and_stale(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, {"a.py": b"1\n", "b.py": b"1\n", "s.py": b"1\n"})
    state = compare(out, {"a.py": b"2\n", "b.py": b"1\n", "c.py": b"1\n"})
    assert (state.changed, state.missing, state.stale) == (["a.py", MANIFEST], ["c.py"], ["s.py"])
    assert "-1\n" in state.diffs["a.py"] and "+2\n" in state.diffs["a.py"]
    assert compare(out, {"a.py": b"1\n", "b.py": b"1\n", "s.py": b"1\n"}).current
