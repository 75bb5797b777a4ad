"""Lone UTF-16 surrogates: refused with their JSON pointer; the whole-document walk that finds
them runs only when the text may hold one (pairs of escapes in JSON make one character)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.diagnostics import SpecError
from generator.loader import _may_hold_lone_surrogates, load_file

LONE = re.compile("[\ud800-\udfff]")

CASES = [
    ("no escapes", '{"a": "plain é ✓"}', False),
    ("a pair", '{"a": "\\ud83d\\ude80"}', False),
    ("a pair in capitals", '{"a": "\\uD83D\\uDE80"}', False),
    ("two pairs in a row", '{"a": "\\ud83d\\ude80\\ud83d\\ude00"}', False),
    ("a lone high surrogate", '{"a": "\\ud800"}', True),
    ("a lone low surrogate", '{"a": "\\udc00"}', True),
    ("a low before a high", '{"a": "\\ude80\\ud83d"}', True),
    ("a high then text", '{"a": "\\ud83dx\\ude80"}', True),
    ("an escaped backslash, then text that looks like an escape", '{"a": "\\\\ud800"}', False),
    ("an escaped backslash, then a real lone escape", '{"a": "\\\\\\ud800"}', True),
    ("a high, then an escaped backslash and text", '{"a": "\\ud83d\\\\ude80"}', True),
    ("text like a high, then a real lone low", '{"a": "\\\\ud83d\\ude80"}', True),
    ("a surrogate pair in a key", '{"\\ud83d\\ude80": 1}', False),
]


@pytest.mark.parametrize(("name", "text", "lone"), CASES, ids=[c[0] for c in CASES])
def test_json_escapes(name: str, text: str, lone: bool) -> None:
    assert _may_hold_lone_surrogates(text, is_json=True) is lone
    assert bool(LONE.search(json.dumps(json.loads(text), ensure_ascii=False))) is lone


def test_yaml_escapes_always_count() -> None:
    # YAML decodes each escape alone: a "pair" there is two lone surrogates.
    assert _may_hold_lone_surrogates('a: "\\ud83d\\ude80"\n', is_json=False)
    assert not _may_hold_lone_surrogates("a: plain\n", is_json=False)
    # YAML's eight-digit escape makes one too.
    assert _may_hold_lone_surrogates('a: "\\U0000D800"\n', is_json=False)


def test_a_lone_surrogate_from_a_long_yaml_escape_is_refused_with_its_pointer(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text('openapi: 3.0.3\ninfo: {title: "T\\U0000D800", version: "1"}\npaths: {}\n', encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        load_file(spec, "s.yaml")
    assert [str(d) for d in raised.value.diagnostics] == ["error: s.yaml#/info/title: text holds a lone UTF-16 surrogate (not valid Unicode)"]


PIECES = ["a", "\\", "\ud83d", "\ude80", "😀", "u", "d8", "\\ud800"]


@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map("".join), max_size=4))
def test_the_check_is_never_skipped_when_a_lone_surrogate_is_there(parts: list[str]) -> None:
    text = json.dumps({f"k{i}": part for i, part in enumerate(parts)})  # ASCII: every surrogate escaped
    decoded = json.loads(text)
    lone = any(LONE.search(value) for value in decoded.values())
    assert _may_hold_lone_surrogates(text, is_json=True) is lone


def test_a_lone_surrogate_in_json_is_refused_with_its_pointer(tmp_path: Path) -> None:
    spec = tmp_path / "s.json"
    spec.write_text('{"openapi": "3.1.0", "info": {"title": "\\ud83d\\ude80 \\ude80", "version": "1"}}', encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        load_file(spec, "s.json")
    assert [d.location for d in raised.value.diagnostics] == ["s.json#/info/title"]
    spec.write_text('{"openapi": "3.1.0", "info": {"title": "\\ud83d\\ude80", "version": "1"}}', encoding="utf-8")
    assert load_file(spec, "s.json")["info"]["title"] == "🚀"
