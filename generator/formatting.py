"""Format generated Python with black (or ruff), in parallel and through a cache.

Black formats each logical line on its own; only the blank lines between lines depend on their
neighbours. So a module can be cut before a top-level `class`/`def` when the statement before
it is also an undecorated `class`/`def`, only blank lines lie between them, and nothing in the
file can change that (`# fmt:` directives, form feeds, CR newlines): black then always puts
exactly two blank lines there. Likewise between two undecorated methods of a class, where black
puts one blank line: the methods after such a cut are formatted under a stand-in `class _:`
line, dropped afterwards. Each piece is formatted (and cached) alone and the pieces are joined
with those blank lines (a piece ends with its last statement, not with the blank lines after
it, so that a piece already in black's style is left as it is: black formats a second time
whenever its first pass changed something); `tests/test_formatting.py` checks all this against
formatting whole files.

Black repeats its work when its first pass changed the text. Most of what changes in rendered
models is `'text'` (from `repr`) becoming `"text"`, so such literals are rewritten first,
exactly as black would: only plain one-line literals with no quote or backslash inside, never
docstrings or parts of f-strings. Black's result is the same; its second pass is often saved.
"""

from __future__ import annotations

import ast
import multiprocessing
import os
import re
import subprocess
import tempfile
import zlib
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import black
from black.mode import Mode, TargetVersion

from generator.diagnostics import SpecError
from generator.formatcache import FormatCache, cache_key

# "none" only checks that the output compiles: for huge test runs where only behaviour matters.
FORMATTERS = ("black", "ruff", "none")
# Pieces are grouped into units of `unit_lines` lines or more (content-defined boundaries, so
# an edit to one class leaves the other units, and their cache entries, unchanged).
_MAX_UNIT_LINES = 4_000
# Below this many characters to format, a process pool costs more than it saves.
_PARALLEL_MIN_CHARS = 200_000
_SEPARABLE = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
_PLAIN_SINGLE_QUOTED = re.compile(rb"'[^'\"\\\n]*'")


@dataclass(frozen=True)
class FormatOptions:
    """How generated Python is formatted; `cache` and `jobs` never change the result."""

    line_length: int = 100
    formatter: str = "black"
    cache: FormatCache | None = None
    jobs: int | None = None  # worker processes; None means one per available CPU
    unit_lines: int = 300  # smallest piece formatted (and cached) on its own


def formatter_id(options: FormatOptions) -> str:
    """Everything that decides the formatted text: formatter, its version, options."""
    if options.formatter == "none":
        return "none"
    if options.formatter == "ruff":
        return f"ruff {_ruff_version()} py310 line-length={options.line_length}"
    return f"black {metadata.version('black')} py310 line-length={options.line_length}"


def _compiled(path: str, source: str) -> str:
    """`source` unchanged, once it is known to be valid Python."""
    try:
        compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise SpecError.single(path, f"templates produced invalid Python: {exc}") from None
    return source


def format_sources(sources: dict[str, str], options: FormatOptions) -> dict[str, str]:
    """Format every module (path → source), reusing cached modules and pieces; same result as one by one."""
    if options.formatter not in FORMATTERS:
        raise SpecError.single("--formatter", f"unknown formatter {options.formatter!r} (expected black, ruff or none)")
    if options.formatter == "none":
        return {path: _compiled(path, text) for path, text in sources.items()}
    ident = formatter_id(options)
    module_keys = {path: cache_key(text, f"{ident} module") for path, text in sources.items()}
    known = _cached({key: path for path, key in module_keys.items()}, options.cache)
    todo = {path: text for path, text in sources.items() if module_keys[path] not in known}
    formatted = _format_pieces(todo, options, ident)
    for path, text in formatted.items():
        if options.cache is not None:
            options.cache.put(module_keys[path], text)
    return {path: formatted[path] if path in formatted else known[module_keys[path]] for path in sources}


def _format_pieces(sources: dict[str, str], options: FormatOptions, ident: str) -> dict[str, str]:
    """Format modules piece by piece, reusing cached pieces."""
    pieces = {path: _units(text, options) for path, text in sources.items()}
    keyed = {path: [cache_key(unit.text, ident) for unit in units] for path, units in pieces.items()}
    wanted = {key: unit.text for path, units in pieces.items() for key, unit in zip(keyed[path], units)}
    done = _cached(wanted, options.cache)
    todo = sorted((k for k in wanted if k not in done), key=lambda k: -len(wanted[k]))
    for key, result in zip(todo, _run_all([wanted[k] for k in todo], options)):
        if result is not None:
            done[key] = result
            if options.cache is not None:
                options.cache.put(key, result)
    formatted: dict[str, str] = {}
    for path, units in pieces.items():
        keys = keyed[path]
        joined = join_units(units, [done[key] for key in keys]) if all(key in done for key in keys) else None
        # Otherwise the module as a whole: this raises the located error for invalid Python.
        formatted[path] = _format_whole(sources[path], path, options) if joined is None else joined
    return formatted


def _units(source: str, options: FormatOptions) -> list[Unit]:
    return split_units(source, options.unit_lines) if options.formatter == "black" else [Unit(source)]


def _cached(wanted: dict[str, str], cache: FormatCache | None) -> dict[str, str]:
    if cache is None:
        return {}
    found = {key: cache.get(key) for key in wanted}
    return {key: text for key, text in found.items() if text is not None}


def _run_all(units: list[str], options: FormatOptions) -> Iterable[str | None]:
    """Format units in order (a pool of processes when it pays); None marks invalid input."""
    jobs = options.jobs or _available_cpus()
    if options.formatter == "ruff" and len(units) > 1:
        return _format_ruff_all(units, options)
    if options.formatter == "ruff" or jobs < 2 or sum(map(len, units)) < _PARALLEL_MIN_CHARS:
        return [_format_unit(unit, options) for unit in units]
    # Chunks of units cut the cost of sending each; largest first, so the pool ends together.
    chunksize = max(1, min(64, len(units) // (jobs * 16)))
    # Spawned, not forked: a forked worker would share the parent's whole heap (spec, IR,
    # sources), copying its pages as the garbage collector walks them, several times over.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(units)), mp_context=context) as pool:
        return list(pool.map(_format_unit, units, [options] * len(units), chunksize=chunksize))


def _available_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):  # Linux: the CPUs this process may run on
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _format_unit(source: str, options: FormatOptions) -> str | None:
    try:
        return _format_whole(source, "<unit>", options)
    except SpecError:
        return None


def _format_whole(source: str, path: str, options: FormatOptions) -> str:
    if options.formatter == "ruff":
        return _format_ruff(source, path, options)
    mode = Mode(target_versions={TargetVersion.PY310}, line_length=options.line_length)
    try:
        return black.format_str(source, mode=mode)
    except black.parsing.InvalidInput as exc:
        raise SpecError.single(path, f"templates produced invalid Python: {exc}") from None


@dataclass(frozen=True)
class Unit:
    """A piece of a module that black formats alone.

    A `nested` unit holds methods of a class cut short before them: its text is those methods
    under the line `class _:`, which is dropped again after formatting, and it follows the
    piece before it after one blank line instead of two.
    """

    text: str
    nested: bool = False


_NESTED_HEADER = "class _:\n"


def split_units(source: str, min_lines: int = 300) -> list[Unit]:
    """Cut a module where black's result is known not to depend on the other side (see top)."""
    if "\r" in source or "\f" in source or "fmt:" in source or "yapf:" in source:
        return [Unit(source)]
    if source.count("\n") < 2 * max(min_lines, 1) and not _PLAIN_SINGLE_QUOTED.search(source.encode("utf-8")):
        return [Unit(source)]  # too short to cut, and no quotes to change: no need to parse
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return [Unit(source)]
    body = tree.body
    lines = _double_quoted(source.split("\n"), tree)
    cuts: list[tuple[int, int, bool]] = []  # (end of a unit, start of the next, next is nested)
    start = 0
    for before, stmt in zip(body, body[1:] + [None]):
        if isinstance(before, ast.ClassDef):
            for method, after in zip(before.body, before.body[1:]):
                cut = after.lineno - 1
                if _separable_methods(method, after, lines) and _unit_ends(lines, start, cut, min_lines):
                    cuts.append((method.end_lineno or cut, cut, True))
                    start = cut
        if stmt is None:
            break
        cut = stmt.lineno - 1
        if _separable(before, stmt, lines) and _unit_ends(lines, start, cut, min_lines):
            # A unit ends with its last statement, not with the blank lines after it: a unit
            # already in black's style is then left as it is, and black, which formats twice
            # whenever its first pass changed something, formats it once.
            cuts.append((before.end_lineno or cut, cut, False))
            start = cut
    units: list[Unit] = []
    start, nested = 0, False
    for end, next_start, next_nested in cuts:
        units.append(_unit("\n".join(lines[start:end]) + "\n", nested))
        start, nested = next_start, next_nested
    units.append(_unit("\n".join(lines[start:]), nested))
    return units


def _unit(text: str, nested: bool) -> Unit:
    return Unit(_NESTED_HEADER + text if nested else text, nested)


def join_units(units: list[Unit], formatted: list[str]) -> str | None:
    """The formatted module from its formatted units (None: a nested unit lost its header)."""
    parts: list[str] = []
    for unit, text in zip(units, formatted):
        if unit.nested:
            if not text.startswith(_NESTED_HEADER):
                return None
            parts.append("\n" + text[len(_NESTED_HEADER) :])
        else:
            parts.append(("\n\n" if parts else "") + text)
    return "".join(parts)


def _double_quoted(lines: list[str], tree: ast.Module) -> list[str]:
    """`lines` with plain 'text' literals written "text", as black writes them (see top)."""
    skip: set[int] = set()
    spans: dict[int, list[tuple[int, int]]] = {}
    for node in ast.walk(tree):  # breadth first: a parent is seen before its children
        if isinstance(node, ast.Expr):
            skip.add(id(node.value))
        elif isinstance(node, ast.JoinedStr):
            skip.update(id(inner) for inner in ast.walk(node))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if node.lineno == node.end_lineno and node.end_col_offset is not None:
                spans.setdefault(node.lineno - 1, []).append((node.col_offset, node.end_col_offset))
    lines = list(lines)
    for index, found in spans.items():
        raw = lines[index].encode("utf-8")
        for start, end in sorted(found, reverse=True):
            if _PLAIN_SINGLE_QUOTED.fullmatch(raw, start, end):
                raw = raw[:start] + b'"' + raw[start + 1 : end - 1] + b'"' + raw[end:]
        lines[index] = raw.decode("utf-8")
    return lines


def _separable(before: ast.stmt, stmt: ast.stmt, lines: list[str]) -> bool:
    """Whether black is sure to put exactly two blank lines between `before` and `stmt`."""
    if not (isinstance(before, _SEPARABLE) and isinstance(stmt, _SEPARABLE)):
        return False
    if before.decorator_list or stmt.decorator_list or before.end_lineno is None:
        return False
    gap = lines[before.end_lineno : stmt.lineno - 1]
    return bool(gap) and all(not line.strip(" \t") for line in gap)


def _separable_methods(before: ast.stmt, stmt: ast.stmt, lines: list[str]) -> bool:
    """Whether black is sure to put exactly one blank line between these methods of a class."""
    methods = (ast.FunctionDef, ast.AsyncFunctionDef)
    if not (isinstance(before, methods) and isinstance(stmt, methods)) or before.col_offset != stmt.col_offset:
        return False
    return _separable(before, stmt, lines)


def _unit_ends(lines: list[str], start: int, cut: int, min_lines: int) -> bool:
    """A content-defined boundary, so edits elsewhere in the file leave this unit alone."""
    if cut - start < min_lines:
        return False
    tail = "\n".join(lines[cut - 8 : cut]).encode()
    return cut - start >= max(min_lines, _MAX_UNIT_LINES) or min_lines == 0 or zlib.crc32(tail) % 4 == 0


def _ruff_version() -> str:
    try:
        return metadata.version("ruff")
    except metadata.PackageNotFoundError:
        raise SpecError.single("--formatter", "ruff is not installed; install it with `pip install 'oapigen[ruff]'`") from None


def _ruff_format(options: FormatOptions, *arguments: str) -> list[str]:
    """The `ruff format` command line for these options, then `arguments`."""
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

    command = [find_ruff_bin(), "format", "--isolated", "--target-version", "py310"]
    return [*command, "--line-length", str(options.line_length), *arguments]


def _format_ruff_all(units: list[str], options: FormatOptions) -> list[str | None]:
    """Format many units with one ruff process (one per unit costs more than the formatting)."""
    with tempfile.TemporaryDirectory(prefix="oapigen-ruff-") as folder:
        paths = [Path(folder, f"unit{index}.py") for index in range(len(units))]
        for path, unit in zip(paths, units):
            path.write_bytes(unit.encode("utf-8"))
        done = subprocess.run(_ruff_format(options, "--quiet", folder), capture_output=True, check=False)
        if done.returncode != 0:
            return [_format_unit(unit, options) for unit in units]  # find the invalid ones
        return [path.read_bytes().decode("utf-8") for path in paths]


def _format_ruff(source: str, path: str, options: FormatOptions) -> str:
    command = _ruff_format(options, "--stdin-filename", path, "-")
    done = subprocess.run(command, input=source.encode("utf-8"), capture_output=True, check=False)
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SpecError.single(path, f"templates produced invalid Python: {detail[-1] if detail else 'ruff failed'}")
    return done.stdout.decode("utf-8")
