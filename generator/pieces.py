"""Cutting a module into pieces black formats alone, and joining the formatted pieces.

Black formats each logical line on its own; only the blank lines between lines depend on their
neighbours. So a module can be cut before a top-level `class`/`def` when the statement before
it is also an undecorated `class`/`def`, only blank lines lie between them, and nothing in the
file can change that (`# fmt:` directives, form feeds, CR newlines): black then always puts
exactly two blank lines there. Likewise between two undecorated methods of a class, where black
puts one blank line, and between two one-line assignments in a class, where black keeps none
or one, as written: the members after such a cut are formatted under a stand-in `class _:`
line, dropped afterwards. The pieces between every such seam are atoms; atoms are grouped into
units of a few hundred lines, the grain of the cache. Each atom is formatted alone (or in a
chain of atoms, see `chain`) and the pieces are joined with those blank lines (a piece ends
with its last statement, not with the blank lines after it, so that a piece already in black's
style is left as it is: black formats a second time whenever its first pass changed
something); `tests/test_formatting.py` checks all this against formatting whole files.
"""

from __future__ import annotations

import ast
import zlib
from dataclasses import dataclass
from typing import NamedTuple

_MAX_UNIT_LINES = 4_000
_SEPARABLE = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


@dataclass(frozen=True)
class Unit:
    """A piece of a module that black formats alone.

    A `nested` unit holds members of a class cut short before them: its text is those members
    under the line `class _:`, which is dropped again after formatting. `blank_lines` is how many
    blank lines black puts between it and the piece before it: two at the top level, one
    between methods, one or none between one-line assignments (as they were written).

    A unit is cached as a whole, but formatted as the `atoms` it is made of (none: the unit is
    one atom), the pieces between every seam of the module. A `chainable` atom can be formatted
    in a chain of such atoms, each after two blank lines (see `chain`): it is one undecorated
    top-level class (a nested atom, under its `class _:`), or it starts and ends with an
    undecorated top-level class or function, ending in one newline.
    """

    text: str
    nested: bool = False
    blank_lines: int = 2
    chainable: bool = False
    atoms: tuple[Unit, ...] = ()

    @property
    def parts(self) -> tuple[Unit, ...]:
        """The atoms black formats for this unit: its `atoms`, or itself."""
        return self.atoms or (self,)


class _Seam(NamedTuple):
    """A place where the module is cut: lines [`end`, `start`) lie between two atoms."""

    end: int  # the atom before ends here (its last statement's last line)
    start: int  # the atom after starts here
    nested: bool  # the atom after is members of a class (formatted under `class _:`)
    blank_lines: int  # what black puts between the two atoms
    ends_plain: bool  # the atom before ends with an undecorated top-level class or function


_NESTED_HEADER = "class _:\n"
_CHAIN_SEAM = "\n\n"  # after an atom's last newline: two blank lines


def split_units(source: str, min_lines: int = 300) -> list[Unit]:
    """Cut a module where black's result is known not to depend on the other side (see top).

    Units are groups of atoms of `min_lines` lines or more (content-defined boundaries, so an edit
    to one class leaves the other units, and their cache entries, unchanged); with `min_lines`
    0 every unit is one atom.
    """
    if "\r" in source or "\f" in source or "fmt:" in source or "yapf:" in source:
        return [Unit(source)]
    if not any(f"\n{word} " in source or source.startswith(f"{word} ") for word in ("class", "def", "async")):
        return [Unit(source)]  # no top-level class or function: no seam (no need to parse)
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return [Unit(source)]
    lines = source.split("\n")
    seams = _seams(tree.body, lines)
    atoms = _atoms(tree.body, lines, seams)
    units: list[Unit] = []
    first, unit_start = 0, 0  # the unit being grouped: its first atom and first line
    for index, seam in enumerate(seams):
        if _unit_ends(lines, unit_start, seam.start, min_lines):
            units.append(_grouped(atoms[first : index + 1], lines, unit_start, seam.end))
            first, unit_start = index + 1, seam.start
    units.append(_grouped(atoms[first:], lines, unit_start, len(lines)))
    return units


def _seams(body: list[ast.stmt], lines: list[str]) -> list[_Seam]:
    """Every place the module can be cut, in order."""
    seams: list[_Seam] = []
    for before, stmt in zip(body, body[1:] + [None]):
        if isinstance(before, ast.ClassDef):
            for member, after in zip(before.body, before.body[1:]):
                blank_lines = _member_seam(member, after, lines)
                if blank_lines is not None:
                    seams.append(_Seam(member.end_lineno or after.lineno - 1, after.lineno - 1, True, blank_lines, not before.decorator_list))
        if stmt is not None and _separable(before, stmt, lines):
            # An atom ends with its last statement, not with the blank lines after it: an atom
            # already in black's style is then left as it is, and black, which formats twice
            # whenever its first pass changed something, formats it once.
            seams.append(_Seam(before.end_lineno or stmt.lineno - 1, stmt.lineno - 1, False, 2, True))
    return seams


def _atoms(body: list[ast.stmt], lines: list[str], seams: list[_Seam]) -> list[Unit]:
    last = body[-1] if body else None
    # The module's last atom ends with its last statement, and nothing after it but blank lines.
    ends_plain = (
        isinstance(last, _SEPARABLE)
        and not last.decorator_list
        and last.end_lineno is not None
        and all(not line.strip(" \t") for line in lines[last.end_lineno :])
    )
    atoms: list[Unit] = []
    start, nested, blank_lines = 0, False, 2
    for seam in seams:
        text = "\n".join(lines[start : seam.end]) + "\n"
        atoms.append(_unit(text, nested, blank_lines, nested or (bool(atoms) and seam.ends_plain)))
        start, nested, blank_lines = seam.start, seam.nested, seam.blank_lines
    text = "\n".join(lines[start:])
    atoms.append(_unit(text, nested, blank_lines, nested or (bool(atoms) and ends_plain)))
    return atoms


def _unit(text: str, nested: bool, blank_lines: int, chainable: bool = False) -> Unit:
    chainable = chainable and text.endswith("\n") and not text.endswith("\n\n")
    return Unit(_NESTED_HEADER + text if nested else text, nested, blank_lines, chainable)


def _grouped(atoms: list[Unit], lines: list[str], start: int, end: int) -> Unit:
    if len(atoms) == 1:
        return atoms[0]
    text = "\n".join(lines[start:end]) + ("\n" if end < len(lines) else "")
    return Unit(_NESTED_HEADER + text if atoms[0].nested else text, atoms[0].nested, atoms[0].blank_lines, atoms=tuple(atoms))


def join_units(units: list[Unit], formatted: list[str | None]) -> str | None:
    """The formatted module from its formatted units (None: one is missing, or a nested unit
    lost its header)."""
    parts: list[str] = []
    for unit, text in zip(units, formatted):
        if text is None:
            return None
        if unit.nested:
            if not text.startswith(_NESTED_HEADER):
                return None
            text = text[len(_NESTED_HEADER) :]
        parts.append("\n" * unit.blank_lines + text if parts else text)
    return "".join(parts)


def join_atoms(unit: Unit, formatted: list[str | None]) -> str | None:
    """The formatted unit from its formatted atoms (in `unit.atoms`, or the unit itself)."""
    if not unit.atoms:
        return formatted[0]
    joined = join_units(list(unit.atoms), formatted)
    return None if joined is None else (_NESTED_HEADER + joined if unit.nested else joined)


def chain(texts: list[str]) -> str:
    """Chainable atoms as one module, each after two blank lines.

    Black puts exactly two blank lines between top-level classes and functions that are not
    decorated, so it formats each atom of a chain as it would alone: a chain it leaves as it is
    holds only atoms it leaves as they are.
    """
    return _CHAIN_SEAM.join(texts)


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
