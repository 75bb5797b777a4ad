"""Lay out generated calls, signatures and displays the way black would.

Black formats a piece of code twice whenever its first pass changed it, and most of its time
goes into splitting long lines. Templates that already write long lines as black would split
them save both: black then only confirms the text. Black still formats everything afterwards,
so the output is always black-formatted: where these rules miss black's own choice, black
either rewrites the text (a second pass, so time lost) or, where a rule wrote a trailing comma
black would not have, keeps that exploded form (black's "magic trailing comma"). These rules
are an optimisation, not a second formatter; `tests/test_layout.py` checks them against black.

The rules, for a line of code with one bracket pair at its end (`head(items)tail`):

- it stays on one line if it fits;
- a function definition is split after its opening bracket (black's left-hand split); any
  other line after the opening bracket of its last bracket pair (black's right-hand split);
- the items go on one line of their own if they fit there (a definition with a single
  parameter and a display with two items or more never do), else one per line with a trailing
  comma, each laid out again by these rules.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

LINE_LENGTH = 100
_INDENT = "    "


@dataclass(frozen=True)
class Brackets:
    """`head`, then `items` between `opening` and its closing bracket, then `tail`.

    `kind` is "call" (also subscripts and class bases) or "display" (a list, dict, set or
    tuple written out). Function definitions have their own rules (`signature`).
    """

    head: str
    items: tuple[str | Brackets, ...]
    tail: str = ""
    opening: str = "("
    kind: str = "call"

    @property
    def closing(self) -> str:
        return {"(": ")", "[": "]", "{": "}"}[self.opening]

    def flat(self) -> str:
        inner = ", ".join(_flat(item) for item in self.items)
        return f"{self.head}{self.opening}{inner}{self.closing}{self.tail}"


def _flat(item: str | Brackets) -> str:
    return item if isinstance(item, str) else item.flat()


def width(text: str) -> int:
    """Columns `text` takes, counting wide characters twice, as black does."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def lay_out(code: str | Brackets, depth: int) -> str:
    """`code` at indentation `depth` (levels of four spaces), without the first indentation."""
    return "\n".join(_lines(code, depth))[len(_INDENT) * depth :]


def _lines(code: str | Brackets, depth: int) -> list[str]:
    indent = _INDENT * depth
    flat = _flat(code)
    if isinstance(code, str) or width(indent + flat) <= LINE_LENGTH or not code.items:
        return [indent + flat]
    body = ", ".join(_flat(item) for item in code.items)
    hug = code.kind != "display" or len(code.items) == 1  # black always explodes displays
    if hug and width(indent + _INDENT + body) <= LINE_LENGTH:
        inner = [indent + _INDENT + body]
    else:
        inner = [line for item in code.items for line in _lines(_with_tail(item, ","), depth + 1)]
    return [indent + code.head + code.opening, *inner, indent + code.closing + code.tail]


def _with_tail(item: str | Brackets, tail: str) -> str | Brackets:
    return item + tail if isinstance(item, str) else replace(item, tail=item.tail + tail)


def signature(depth: int, head: str, parameters: Sequence[str], returns: str) -> str:
    """`{head}({parameters}) -> {returns}:` laid out (head: `def name` or `async def name`).

    Beyond the rules above, as black does: a parameter whose annotation does not fit gets it
    in parentheses, split before each `|` if needed; a return annotation that does not fit is
    split inside its subscript, or put in parentheses when it is a union or there are no
    parameters.
    """
    indent = _INDENT * depth
    flat = f"{head}({', '.join(parameters)}) -> {returns}:"
    if width(indent + flat) <= LINE_LENGTH:
        return flat
    inner = indent + _INDENT
    if not parameters:
        lines = [f"{indent}{head}() -> (", inner + returns, indent + "):"]
    else:
        body = ", ".join(parameters)
        if len(parameters) > 1 and width(inner + body) <= LINE_LENGTH:
            params = [inner + body]
        else:
            params = [line for p in parameters for line in _parameter_lines(p + ",", depth + 1)]
        lines = [f"{indent}{head}(", *params, *_returns_lines(returns, depth)]
    return "\n".join(lines)[len(indent) :]


def declaration(depth: int, name: str, annotation: str, value: str | Brackets | None = None) -> str:
    """`{name}: {annotation} = {value}` (or without a value) laid out, as black would.

    Too long, a call as the value has its arguments split; any other value goes in
    parentheses on a line of its own; when even that does not fit, the annotation goes in
    parentheses instead (without a value, a subscript is split inside its brackets); unions
    are split before each `|` if they still do not fit.
    """
    indent = _INDENT * depth
    assigned = "" if value is None else f" = {_flat(value)}"
    flat = f"{name}: {annotation}{assigned}"
    if width(indent + flat) <= LINE_LENGTH or not _plain(annotation):
        return flat
    head = f"{name}: {annotation} = "
    if isinstance(value, Brackets) and width(indent + head + value.head + value.opening) <= LINE_LENGTH:
        return lay_out(replace(value, head=head + value.head), depth)
    if value is not None and width(indent + head + "(") <= LINE_LENGTH:
        inner = _union_lines(value, depth + 1) if isinstance(value, str) and _plain(value) else [indent + _INDENT + _flat(value)]
        return "\n".join([head + "(", *inner, indent + ")"])
    if value is None and len(_top_level(annotation, " | ")) == 1:
        outer, _, inner_annotation = annotation.partition("[")
        if _subscript(annotation):
            return "\n".join([f"{name}: {outer}[", *_union_lines(inner_annotation[:-1], depth + 1), f"{indent}]"])
        if width(indent + _INDENT + annotation) > LINE_LENGTH:
            return flat
    return "\n".join([f"{name}: (", *_union_lines(annotation, depth + 1), f"{indent}){assigned}"])


def _parameter_lines(parameter: str, depth: int) -> list[str]:
    """`name: annotation[ = default],` on one line, or with the annotation in parentheses."""
    indent = _INDENT * depth
    name, colon, rest = parameter.partition(": ")
    annotation, equals, default = rest[:-1].partition(" = ")
    if width(indent + parameter) <= LINE_LENGTH or not colon or not _plain(annotation):
        return [indent + parameter]
    return [f"{indent}{name}: (", *_union_lines(annotation, depth + 1), f"{indent}){equals}{default},"]


def _returns_lines(returns: str, depth: int) -> list[str]:
    indent = _INDENT * depth
    line = f"{indent}) -> {returns}:"
    outer, _, inner = returns.partition("[")
    if width(line) <= LINE_LENGTH or not _plain(returns):
        return [line]
    if len(_top_level(returns, " | ")) > 1:
        return [f"{indent}) -> (", *_union_lines(returns, depth + 1), f"{indent}):"]
    if not _subscript(returns):
        return [line]
    return [f"{indent}) -> {outer}[", *_union_lines(inner[:-1], depth + 1), f"{indent}]:"]


def _union_lines(annotation: str, depth: int, prefix: str = "") -> list[str]:
    """`A | B` on one line if it fits, else one member per line, from the second on after `| `;
    a member still too long that is a subscript, `X[...]`, is split inside its brackets."""
    indent = _INDENT * depth
    if width(indent + prefix + annotation) <= LINE_LENGTH:
        return [indent + prefix + annotation]
    members = _top_level(annotation, " | ")
    if len(members) == 1:
        outer, _, inner = annotation.partition("[")
        if not _subscript(annotation) or len(_top_level(inner[:-1], ", ")) > 1:
            return [indent + prefix + annotation]  # black's split of it is not written here
        return [f"{indent}{prefix}{outer}[", *_union_lines(inner[:-1], depth + 1), f"{indent}]"]
    return [line for index, member in enumerate(members) for line in _union_lines(member, depth, "| " if index else "")]


def _subscript(annotation: str) -> bool:
    """Whether `annotation` is one subscript, `Name[...]`, its first bracket closing last."""
    depth = 0
    for index, char in enumerate(annotation):
        depth += (char == "[") - (char == "]")
        if depth == 0 and char == "]":
            return index == len(annotation) - 1
    return False


def _plain(annotation: str) -> bool:
    """An annotation of names, dots, brackets, commas and `|` only (no strings or calls)."""
    return all(c.isalnum() or c in "_.[], |" for c in annotation)


def _top_level(text: str, separator: str) -> list[str]:
    """`text` split at `separator` where it is outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "[") - (char == "]")
        if depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
    return [*parts, text[start:]]


def brackets(head: str, arguments: Sequence[str | Brackets], tail: str = "") -> Brackets:
    """A call `{head}({arguments}){tail}` to pass as an argument of `call`, laid out in turn."""
    return Brackets(head, tuple(arguments), tail)


def call(depth: int, head: str, arguments: Sequence[str | Brackets], tail: str = "") -> str:
    """`{head}({arguments}){tail}` laid out, the call's brackets being the line's last."""
    return lay_out(Brackets(head, tuple(arguments), tail), depth)


def import_from(module: str, names: Sequence[str], depth: int = 0, re_export: bool = False) -> str:
    """`from {module} import {names}`, in parentheses, one name per line, when too long.

    `re_export` writes each name `X as X`: the explicit re-export type checkers recognise.
    """
    if re_export:
        names = [f"{name} as {name}" for name in names]
    flat = f"from {module} import {', '.join(names)}"
    indent = _INDENT * depth
    if width(indent + flat) <= LINE_LENGTH:
        return flat
    return "\n".join([f"from {module} import (", *(f"{indent}{_INDENT}{name}," for name in names), indent + ")"])


def display(depth: int, head: str, opening: str, items: Sequence[str], tail: str = "") -> str:
    """`{head}{opening}{items}{closing}{tail}` for a list, dict or set written out."""
    return lay_out(Brackets(head, tuple(items), tail, opening, "display"), depth)
