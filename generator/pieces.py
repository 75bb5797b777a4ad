"""Cutting a module into pieces black formats alone, and joining the formatted pieces.

Black formats each logical line on its own; only the blank lines between lines depend on their
neighbours. So a module can be cut before a top-level `class`/`def` when the statement before
it is also an undecorated `class`/`def`, only blank lines lie between them, and nothing in the
file can change that (`# fmt:` directives, form feeds, CR newlines): black then always puts
exactly two blank lines there. Likewise between two undecorated methods of a class, where black
puts one blank line, and between two one-line assignments in a class, where black keeps none
or one, as written: the members after such a cut are formatted under a stand-in `class _:`
line, dropped afterwards. Each piece is formatted (and cached) alone and the pieces are joined
with those blank lines (a piece ends with its last statement, not with the blank lines after
it, so that a piece already in black's style is left as it is: black formats a second time
whenever its first pass changed something); `tests/test_formatting.py` checks all this against
formatting whole files.
"""

from __future__ import annotations

import ast
import zlib
from dataclasses import dataclass

# Pieces are grouped into units of `min_lines` lines or more (content-defined boundaries, so
# an edit to one class leaves the other units, and their cache entries, unchanged).
_MAX_UNIT_LINES = 4_000
_SEPARABLE = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


@dataclass(frozen=True)
class Unit:
    """A piece of a module that black formats alone.

    A `nested` unit holds members of a class cut short before them: its text is those members
    under the line `class _:`, which is dropped again after formatting. `blank_lines` is how many
    blank lines black puts between it and the piece before it: two at the top level, one
    between methods, one or none between one-line assignments (as they were written).
    """

    text: str
    nested: bool = False
    blank_lines: int = 2


_NESTED_HEADER = "class _:\n"


def split_units(source: str, min_lines: int = 300) -> list[Unit]:
    """Cut a module where black's result is known not to depend on the other side (see top)."""
    if "\r" in source or "\f" in source or "fmt:" in source or "yapf:" in source:
        return [Unit(source)]
    if source.count("\n") < 2 * max(min_lines, 1):
        return [Unit(source)]  # too short to cut: no need to parse
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return [Unit(source)]
    body = tree.body
    lines = source.split("\n")
    cuts: list[tuple[int, int, bool, int]] = []  # (end of a unit, start of the next, its nested, blank_lines)
    start = 0
    for before, stmt in zip(body, body[1:] + [None]):
        if isinstance(before, ast.ClassDef):
            for member, after in zip(before.body, before.body[1:]):
                cut = after.lineno - 1
                blank_lines = _member_seam(member, after, lines)
                if blank_lines is not None and _unit_ends(lines, start, cut, min_lines):
                    cuts.append((member.end_lineno or cut, cut, True, blank_lines))
                    start = cut
        if stmt is None:
            break
        cut = stmt.lineno - 1
        if _separable(before, stmt, lines) and _unit_ends(lines, start, cut, min_lines):
            # A unit ends with its last statement, not with the blank lines after it: a unit
            # already in black's style is then left as it is, and black, which formats twice
            # whenever its first pass changed something, formats it once.
            cuts.append((before.end_lineno or cut, cut, False, 2))
            start = cut
    units: list[Unit] = []
    start, nested, blank_lines = 0, False, 2
    for end, next_start, next_nested, next_blank_lines in cuts:
        units.append(_unit("\n".join(lines[start:end]) + "\n", nested, blank_lines))
        start, nested, blank_lines = next_start, next_nested, next_blank_lines
    units.append(_unit("\n".join(lines[start:]), nested, blank_lines))
    return units


def _unit(text: str, nested: bool, blank_lines: int) -> Unit:
    return Unit(_NESTED_HEADER + text if nested else text, nested, blank_lines)


def join_units(units: list[Unit], formatted: list[str]) -> str | None:
    """The formatted module from its formatted units (None: a nested unit lost its header)."""
    parts: list[str] = []
    for unit, text in zip(units, formatted):
        if unit.nested:
            if not text.startswith(_NESTED_HEADER):
                return None
            text = text[len(_NESTED_HEADER) :]
        parts.append("\n" * unit.blank_lines + text if parts else text)
    return "".join(parts)


def _separable(before: ast.stmt, stmt: ast.stmt, lines: list[str]) -> bool:
    """Whether black is sure to put exactly two blank lines between `before` and `stmt`."""
    if not (isinstance(before, _SEPARABLE) and isinstance(stmt, _SEPARABLE)):
        return False
    if before.decorator_list or stmt.decorator_list or before.end_lineno is None:
        return False
    gap = lines[before.end_lineno : stmt.lineno - 1]
    return bool(gap) and all(not line.strip(" \t") for line in gap)


def _member_seam(before: ast.stmt, stmt: ast.stmt, lines: list[str]) -> int | None:
    """The blank lines black is sure to put between these members of a class, if it is sure.

    One between undecorated methods. Between two one-line assignments, what was written: none
    when they are adjacent, one when only blank lines lie between them. None otherwise.
    """
    if before.col_offset != stmt.col_offset or before.end_lineno is None:
        return None
    methods = (ast.FunctionDef, ast.AsyncFunctionDef)
    if isinstance(before, methods) and isinstance(stmt, methods):
        return 1 if _separable(before, stmt, lines) else None
    assignments = (ast.Assign, ast.AnnAssign)
    one_line = before.lineno == before.end_lineno and stmt.lineno == stmt.end_lineno
    if not (isinstance(before, assignments) and isinstance(stmt, assignments) and one_line):
        return None
    gap = lines[before.end_lineno : stmt.lineno - 1]
    if any(line.strip(" \t") for line in gap):
        return None  # a comment between them
    return 1 if gap else 0


def _unit_ends(lines: list[str], start: int, cut: int, min_lines: int) -> bool:
    """A content-defined boundary, so edits elsewhere in the file leave this unit alone."""
    if cut - start < min_lines:
        return False
    tail = "\n".join(lines[cut - 8 : cut]).encode()
    return cut - start >= max(min_lines, _MAX_UNIT_LINES) or min_lines == 0 or zlib.crc32(tail) % 4 == 0
