"""Load spec documents (YAML or JSON) from disk into plain Python values."""

from __future__ import annotations

import json
import re
from pathlib import Path
from collections.abc import Hashable
from typing import Any

import yaml

from generator.diagnostics import SpecError

# The largest number of YAML aliases one document may use. Real specs use few or none; a
# "billion laughs" document uses aliases to make a small file expand enormously.
MAX_YAML_ALIASES = 10_000
# How many values aliases may add to a document once expanded (every later stage walks the
# expanded tree, so a few aliases of aliases would otherwise make it walk billions of values).
MAX_ALIAS_EXPANSION = 1_000_000
# The deepest nesting of objects and arrays accepted; real specs stay under 40.
MAX_NESTING = 128
# The largest spec file read; the biggest real specs are around 15 MB.
MAX_SPEC_BYTES = 128 * 1024 * 1024

# A `\uD800`-style escape (in YAML also `\U0000D800`): the only way a document's text can hold
# a lone UTF-16 surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")
# The whole escape, its third hex digit in group 1 (searching from the backslash run before it
# instead made the regex try every backslash of the document, ~100 ms on GitHub's spec).
_SURROGATE_ESCAPE_FULL = re.compile(r"\\u[dD]([89a-fA-F])[0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class _SpecLoader(yaml.SafeLoader):
    """A safe YAML loader that keeps timestamps as strings and mapping keys as their text."""

    alias_count = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML API
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_YAML_ALIASES:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise yaml.YAMLError(
                    f"more than {MAX_YAML_ALIASES} YAML aliases (line {mark.line + 1}); "
                    "refusing a document that may expand without bound"
                )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        mapping: dict[Hashable, Any] = {}
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            # JSON object keys are always strings: `200:` and `on:` stay "200" and "on".
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
            else:
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain scalars", key_node.start_mark
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


_SpecLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_SpecLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _SpecLoader.construct_mapping
)


def parse_text(text: str, display: str) -> Any:
    """Parse a document's text; JSON is tried first when it looks like JSON (much faster)."""
    return _parse(text, display)[0]


def _parse(text: str, display: str) -> tuple[Any, bool]:
    """The parsed document, and whether it was parsed as JSON (which has no aliases)."""
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            return json.loads(text), True
        except RecursionError:
            raise SpecError.single(display, f"document nests deeper than {MAX_NESTING} levels") from None
        except json.JSONDecodeError as exc:
            if display.endswith(".json"):
                raise SpecError.single(
                    display, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
                ) from None
    try:
        return yaml.load(text, Loader=_SpecLoader), False  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise SpecError.single(display, f"invalid YAML{where}: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError.single(display, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise SpecError.single(display, f"document nests deeper than {MAX_NESTING} levels") from None


def load_file(path: Path, display: str) -> Any:
    """Read and parse one document; any failure becomes a located SpecError."""
    return load_bytes(read_file(path, display), display)


def read_file(path: Path, display: str) -> bytes:
    """A spec file's bytes; any failure (or a file too large) becomes a located SpecError."""
    try:
        if path.stat().st_size > MAX_SPEC_BYTES:
            raise SpecError.single(display, f"file is larger than {MAX_SPEC_BYTES // (1024 * 1024)} MB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SpecError.single(display, "file not found") from None
    except IsADirectoryError:
        raise SpecError.single(display, "is a directory, not a spec file") from None
    except OSError as exc:
        raise SpecError.single(display, f"cannot read file: {exc.strerror}") from None
    return raw


def load_bytes(raw: bytes, display: str) -> Any:
    """Parse one document's bytes (UTF-8 YAML or JSON); any failure becomes a located SpecError."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError.single(display, f"not UTF-8 text (byte {exc.start})") from None
    value, is_json = _parse(text, display)
    # JSON shares no values (no aliases), so only its depth needs checking, which is cheaper.
    if not is_json or _depth_exceeds(value, MAX_NESTING):
        check_shape(value, display)
    if _may_hold_lone_surrogates(text, is_json):
        _check_surrogates(value, display)
    return value


def _may_hold_lone_surrogates(text: str, is_json: bool) -> bool:
    """Whether the parsed text may hold a lone UTF-16 surrogate (False: it surely does not).

    Only a `\\uD800`-style escape can make one. JSON decodes a high-surrogate escape followed at
    once by a low-surrogate escape as one character (`json.dumps` writes every character
    beyond the BMP so), so in JSON only escapes outside such pairs count; YAML decodes each
    escape alone, so there any such escape counts.
    """
    if not is_json:
        return _SURROGATE_ESCAPE.search(text) is not None
    high_ends_at = -1  # where the last high-surrogate escape ended, while it waits for its low
    for match in _SURROGATE_ESCAPE_FULL.finditer(text):
        start = match.start()  # the escape's own backslash, unless it is itself escaped:
        before = start
        while before > 0 and text[before - 1] == "\\":
            before -= 1
        if (start - before) % 2 == 1:
            continue  # an escaped backslash, then plain text
        if match.group(1) in "89abAB":
            if high_ends_at >= 0:
                return True  # a high surrogate not followed by its low one
            high_ends_at = match.end()
        elif high_ends_at != start:
            return True  # a low surrogate without its high one
        else:
            high_ends_at = -1
    return high_ends_at >= 0


def _check_surrogates(root: Any, display: str) -> None:
    """Refuse strings holding lone UTF-16 surrogates: they cannot be written as UTF-8."""
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        value, pointer = stack.pop()
        items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        for key, child in items:
            where = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            for text in (key, child):
                if isinstance(text, str) and _SURROGATE.search(text):
                    located = where.encode("utf-8", "backslashreplace").decode("ascii")
                    raise SpecError.single(f"{display}#{located}", "text holds a lone UTF-16 surrogate (not valid Unicode)")
            stack.append((child, where))


def check_shape(value: Any, display: str) -> None:
    """Refuse documents nested too deeply or, through YAML aliases, expanding too far."""
    measured = _measure(value)
    if measured is None:
        raise SpecError.single(display, "a YAML alias refers to a value that contains it")
    heights, sizes, unique = measured
    if heights.get(id(value), 0) > MAX_NESTING:
        where = _deepest_pointer(value, heights)
        raise SpecError.single(f"{display}#{where}", f"nests deeper than {MAX_NESTING} levels")
    added = sizes.get(id(value), 1) - unique
    if added > MAX_ALIAS_EXPANSION:
        raise SpecError.single(
            display,
            f"YAML aliases expand the document by {added:,} values (more than {MAX_ALIAS_EXPANSION:,}); "
            "refusing a document that may expand without bound",
        )


def _depth_exceeds(root: Any, limit: int) -> bool:
    """Whether objects and arrays nest more than `limit` levels deep (one level at a time)."""
    level, depth = ([root] if type(root) is dict or type(root) is list else []), 0
    while level:
        depth += 1
        if depth > limit:
            return True
        below: list[Any] = []
        for value in level:  # JSON makes exactly dicts and lists
            children = value.values() if type(value) is dict else value
            below.extend([child for child in children if type(child) is dict or type(child) is list])
        level = below
    return False


def _children(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return value
    return []


def _measure(root: Any) -> tuple[dict[int, int], dict[int, int], int] | None:
    """Height and expanded size of every object and array, each shared one measured once;
    None when a value contains itself (possible with YAML aliases)."""
    heights: dict[int, int] = {}
    sizes: dict[int, int] = {}
    unique = 0
    open_ids: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        value, children_done = stack.pop()
        key = id(value)
        if key in heights or not isinstance(value, (dict, list)):
            unique += not isinstance(value, (dict, list))
            continue
        children = _children(value)
        if not children_done:
            if key in open_ids:
                return None
            open_ids.add(key)
            stack.append((value, True))
            stack.extend((child, False) for child in children if id(child) not in heights)
            continue
        unique += 1
        boxed = [c for c in children if isinstance(c, (dict, list))]
        heights[key] = 1 + max((heights[id(c)] for c in boxed), default=0)
        sizes[key] = 1 + sum(sizes[id(c)] for c in boxed) + len(children) - len(boxed)
    return heights, sizes, unique


def _deepest_pointer(value: Any, heights: dict[int, int]) -> str:
    """The JSON pointer of the first value that lies deeper than MAX_NESTING."""
    tokens: list[str] = []
    for _ in range(MAX_NESTING):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        token, value = max(items, key=lambda item: heights.get(id(item[1]), 0))
        tokens.append(str(token).replace("~", "~0").replace("/", "~1"))
    return "/" + "/".join(tokens)
