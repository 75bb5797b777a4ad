"""Load spec documents (YAML or JSON) from disk into plain Python values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import SpecError

# The largest number of YAML aliases one document may use. Real specs use few or none; a
# "billion laughs" document uses aliases to make a small file expand enormously.
MAX_YAML_ALIASES = 10_000


class _SpecLoader(yaml.SafeLoader):
    """A safe YAML loader that keeps timestamps as strings and mapping keys as their text."""

    alias_count = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML API
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_YAML_ALIASES:
                mark = self.peek_event().start_mark
                raise yaml.YAMLError(
                    f"more than {MAX_YAML_ALIASES} YAML aliases (line {mark.line + 1}); "
                    "refusing a document that may expand without bound"
                )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
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
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if display.endswith(".json"):
                raise SpecError.single(
                    display, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
                ) from None
    try:
        return yaml.load(text, Loader=_SpecLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise SpecError.single(display, f"invalid YAML{where}: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError.single(display, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise SpecError.single(display, "document nests too deeply to parse") from None


def load_file(path: Path, display: str) -> Any:
    """Read and parse one document; any failure becomes a located SpecError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SpecError.single(display, "file not found") from None
    except IsADirectoryError:
        raise SpecError.single(display, "is a directory, not a spec file") from None
    except OSError as exc:
        raise SpecError.single(display, f"cannot read file: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError.single(display, f"not UTF-8 text (byte {exc.start})") from None
    return parse_text(text, display)
