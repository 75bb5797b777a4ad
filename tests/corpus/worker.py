"""Generate one corpus client in its own process: `python -m tests.corpus.worker SPEC OUT PACKAGE [--no-black]`.

Prints one JSON object: the outcome, operation and schema counts, and seconds taken. Writes the
package to OUT and the spec's own examples (class name, pointer, value) to OUT/examples.json.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from generator import __version__
from generator.context import build_context
from generator.diagnostics import SpecError
from generator.directions import apply_directions
from generator.ir import ArrayType, MapType, ModelType, Nullable, RefType, SchemaDef, SchemaType, TupleType
from generator.naming import resolve_names
from generator.pipeline import load_api
from generator.refs import Resolver
from generator.formatting import FormatOptions, FormatSession
from generator.render import render_package
from generator.schemas import declares_null


def generate_entry(spec: Path, out: Path, package: str, black: bool = True) -> dict[str, Any]:
    """Run the real pipeline on `spec`; the outcome as JSON-ready data."""
    start = time.perf_counter()
    try:
        api, diagnostics = load_api(spec)
        api = apply_directions(api)
        names = resolve_names(api)
        context = build_context(api, names, package, __version__)
        with FormatSession(FormatOptions(formatter="black" if black else "none")) as formatter:
            files = render_package(context, None, formatter)
    except SpecError as exc:
        return {"ok": False, "errors": [str(d) for d in exc.diagnostics], "seconds": time.perf_counter() - start}
    for relative, content in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    defs = {d.key: d for d in api.schemas}
    examples = [
        {
            "name": names.classes[d.key],
            "location": d.location,
            "value": value,
            "encoded": _as_sent(value, RefType(d.key), defs),
            "nullable": _admits_null(spec, d),
        }
        for d in api.schemas
        for value in d.examples
    ]
    (out / "examples.json").write_text(json.dumps(examples))
    return {
        "ok": True,
        "operations": len(api.operations),
        "schemas": len(api.schemas),
        "warnings": len(diagnostics.warnings),
        "seconds": time.perf_counter() - start,
    }


def _as_sent(value: Any, schema: SchemaType, defs: dict[str, SchemaDef], depth: int = 0) -> Any:
    """An example as its model encodes it again: a model sent in requests leaves out the
    read-only properties it omits (its own and its bases'), at every level."""
    if depth > 100:
        return value
    match schema:
        case Nullable(inner=inner):
            return _as_sent(value, inner, defs, depth + 1)
        case RefType(key=key) if key in defs:
            return _as_sent(value, defs[key].schema, defs, depth + 1)
        case ModelType() if isinstance(value, dict):
            fields, omitted = _model_fields(schema, defs)
            return {k: _as_sent(v, fields[k], defs, depth + 1) if k in fields else v for k, v in value.items() if k not in omitted}
        case ArrayType(items=items) if isinstance(value, list):
            return [_as_sent(v, items, defs, depth + 1) for v in value]
        case TupleType(items=items) if isinstance(value, list) and len(value) == len(items):
            return [_as_sent(v, item, defs, depth + 1) for v, item in zip(value, items)]
        case MapType(values=values) if isinstance(value, dict):
            return {k: _as_sent(v, values, defs, depth + 1) for k, v in value.items()}
        case _:
            return value


def _model_fields(model: ModelType, defs: dict[str, SchemaDef]) -> tuple[dict[str, SchemaType], set[str]]:
    """A model's field types by wire name and the names it omits, its bases' included."""
    fields: dict[str, SchemaType] = {}
    omitted: set[str] = set()
    current: ModelType | None = model
    for _ in range(100):
        if current is None:
            break
        fields = {f.name: f.type for f in current.fields} | fields
        omitted |= set(current.omitted)
        base = defs.get(current.base.key) if current.base else None
        current = base.schema if base is not None and isinstance(base.schema, ModelType) else None
    return fields, omitted


def _admits_null(spec: Path, definition: SchemaDef) -> bool:
    """Whether the schema itself admits null (for an inline def the IR puts that on its uses)."""
    if definition.nullable or None not in definition.examples:
        return definition.nullable
    doc, _, pointer = definition.location.partition("#")
    node = Resolver(spec).lookup("#" + pointer, doc, definition.location)
    return isinstance(node.value, dict) and declares_null(node.value)


if __name__ == "__main__":
    print(json.dumps(generate_entry(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], "--no-black" not in sys.argv)))
