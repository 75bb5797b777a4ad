"""Safe paths from untrusted spec text to Python source: literals and docstrings."""

from __future__ import annotations

import math
from typing import Any

# Characters that end or break a line inside a Python string or comment.
_LINE_BREAKS = {"\r": "\\r", "\x0b": "\\x0b", "\x0c": "\\x0c", "\x1c": "\\x1c", "\x1d": "\\x1d"}
_LINE_BREAKS |= {"\x1e": "\\x1e", "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def python_literal(value: Any) -> str:
    """A Python expression that evaluates to the JSON value `value`, and to nothing else."""
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return repr(value)
        return f'float("{value!r}")'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    return repr(str(value))


def docstring_text(text: str) -> str:
    """The body of a `\"\"\"...\"\"\"` docstring showing `text`, with nothing able to escape it."""
    text = text.expandtabs(4).replace("\r\n", "\n")
    text = text.replace("\\", "\\\\")
    for char, escaped in _LINE_BREAKS.items():
        text = text.replace(char, escaped)
    text = "".join(c if c == "\n" or c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in text)
    text = text.replace('"', '\\"')
    lines = [line.rstrip() for line in text.strip().split("\n")]
    return "\n".join(lines)


def comment_text(text: str) -> str:
    """One line of text that is safe inside a `#` comment."""
    return " ".join(docstring_text(text).split())


def docstring_block(text: str, indent: int) -> str:
    """A complete docstring literal for already-escaped `text`, indented for its block."""
    lines = text.split("\n")
    if len(lines) == 1:
        return f'"""{text}"""'
    pad = " " * indent
    body = "\n".join((pad + line) if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'
