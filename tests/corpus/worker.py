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
from generator.ir import SchemaDef
from generator.naming import resolve_names
from generator.pipeline import load_api
from generator.refs import Resolver
from generator.formatting import FormatOptions
from generator.render import render_package
from generator.schemas import declares_null


def generate_entry(spec: Path, out: Path, package: str, black: bool = True) -> dict[str, Any]:
    """Run the real pipeline on `spec`; the outcome as JSON-ready data."""
    start = time.perf_counter()
    try:
        api, diagnostics = load_api(spec)
        api = apply_directions(api)
        names = resolve_names(api)
        files = render_package(build_context(api, names, package, __version__), None, FormatOptions(formatter="black" if black else "none"))
    except SpecError as exc:
        return {"ok": False, "errors": [str(d) for d in exc.diagnostics], "seconds": time.perf_counter() - start}
    for relative, content in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    examples = [
        {"name": names.classes[d.key], "location": d.location, "value": value, "nullable": _admits_null(spec, d)}
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


def _admits_null(spec: Path, definition: SchemaDef) -> bool:
    """Whether the schema itself admits null (for an inline def the IR puts that on its uses)."""
    if definition.nullable or None not in definition.examples:
        return definition.nullable
    doc, _, pointer = definition.location.partition("#")
    node = Resolver(spec).lookup("#" + pointer, doc, definition.location)
    return isinstance(node.value, dict) and declares_null(node.value)


if __name__ == "__main__":
    print(json.dumps(generate_entry(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], "--no-black" not in sys.argv)))
