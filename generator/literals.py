"""Safe paths from untrusted spec text to Python source: literals and docstrings."""

from __future__ import annotations

import math
import re
from typing import Any

_CLOSING_QUOTE = re.compile(r'"(?="|\Z)')
# Characters that end or break a line inside a Python string or comment.
_LINE_BREAKS = {"\r": "\\r", "\x0b": "\\x0b", "\x0c": "\\x0c", "\x1c": "\\x1c", "\x1d": "\\x1d"}
_LINE_BREAKS |= {"\x1e": "\\x1e", "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def python_literal(value: Any) -> str:
    """A Python expression that evaluates to the JSON value `value`, and to nothing else."""
    if isinstance(value, str):
        text = repr(value)
        # In double quotes when that needs no more escapes, as black writes string literals.
        return f'"{text[1:-1]}"' if text.startswith("'") and '"' not in value else text
    if value is None or isinstance(value, (bool, int)):
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


def toml_string(value: Any) -> str:
    """A TOML basic string showing `str(value)`: quotes, backslashes and control characters escaped."""
    text = str(value)
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in text) + '"'


def docstring_text(text: str) -> str:
    """The body of a `\"\"\"...\"\"\"` docstring showing `text`, with nothing able to escape it."""
    text = text.expandtabs(4).replace("\r\n", "\n")
    text = text.replace("\\", "\\\\")
    for char, escaped in _LINE_BREAKS.items():
        text = text.replace(char, escaped)
    if not text.replace("\n", "").isprintable():  # rare: walk the text only when it needs escapes
        text = "".join(c if c == "\n" or c.isprintable() else _escape_char(c) for c in text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    # Only a quote followed by another quote (or ending the text) could close the literal.
    return _CLOSING_QUOTE.sub('\\\\"', "\n".join(lines))


def _escape_char(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def comment_text(text: str) -> str:
    """One line of text that is safe inside a `#` comment."""
    return " ".join(docstring_text(text).split())


def docstring_block(text: str, indent: int) -> str:
    """A complete docstring literal for already-escaped `text`, indented for its block.

    Written as black writes docstrings: lines after the first lose the indentation they all
    share (PEP 257), and a quote at either end of a one-line docstring is set off by a space.
    """
    lines = text.split("\n")
    if len(lines) == 1:
        return f'"""{_padded(text)}"""'
    rest = lines[1:]
    common = min((len(line) - len(line.lstrip(" ")) for line in rest if line.strip()), default=0)
    pad = " " * indent
    body = "\n".join((pad + line[common:]) if line.strip() else "" for line in rest)
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def _padded(text: str) -> str:
    if text.startswith('"'):
        text = " " + text
    if text.endswith('"') or (len(text) - len(text.rstrip("\\"))) % 2:
        text += " "
    return text
