"""Docstring bodies from untrusted text: every character either shown or escaped, never able to
end the literal or the line early (table tests, then a property over arbitrary text)."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.literals import docstring_text

CASES = [
    ("plain text is kept", "A GitHub user.", "A GitHub user."),
    ("lines are kept, trailing spaces dropped", "one  \ntwo", "one\ntwo"),
    ("tabs expand", "a\tb", "a   b"),
    ("backslashes are doubled", "C:\\path", "C:\\\\path"),
    ("a quote before a quote is escaped", 'say """hi"""', 'say \\"\\""hi\\"\\"\\"'),
    ("a final quote is escaped", 'ends with "', 'ends with \\"'),
    ("carriage returns become escapes", "a\rb", "a\\rb"),
    ("unicode line separators become escapes", "a\u2028b", "a\\u2028b"),
    ("control characters become escapes", "bell\x07", "bell\\x07"),
    ("a lone surrogate becomes an escape", "x\ud800", "x\\ud800"),
    ("printable non-ASCII is kept", "café ✓ 😀", "café ✓ 😀"),
]


@pytest.mark.parametrize(("name", "given_text", "want"), CASES, ids=[c[0] for c in CASES])
def test_docstring_text(name: str, given_text: str, want: str) -> None:
    assert docstring_text(given_text) == want


@given(st.text())
def test_any_text_is_shown_exactly_by_one_docstring(text: str) -> None:
    module = ast.parse(f'def f():\n    """{docstring_text(text)}"""\n')
    function = module.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    normalized = text.expandtabs(4).replace("\r\n", "\n").strip(" \n")
    want = "\n".join(line.rstrip(" ") for line in normalized.split("\n"))
    assert ast.get_docstring(function, clean=False) == want
