"""Import a generated client and decode the spec's own examples: `python probe.py OUT PACKAGE`.

Runs in a fresh interpreter with OUT on `sys.path`. An example counts as decoded when the model
accepts it and re-encodes it to exactly the same JSON (less the read-only properties a model
sent in requests leaves out). Prints one JSON object.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import pydantic


def _decode(models: Any, name: str, value: Any, encoded: Any) -> str | None:
    """None when `value` decodes and re-encodes to exactly `encoded`, else why not.

    `encoded` is `value` itself, except that a model sent in requests leaves out read-only
    properties."""
    target = getattr(models, name, None)
    if target is None:
        return f"{name} is not in models"
    adapter = pydantic.TypeAdapter(target)
    try:
        decoded = adapter.validate_python(value)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"{where}: {first['msg']}"[:200]
    again = adapter.dump_python(decoded, mode="json", by_alias=True, exclude_unset=True)
    return None if again == encoded else "does not round-trip exactly"


def probe(out: Path, package: str) -> dict[str, Any]:
    sys.path.insert(0, str(out))
    try:
        importlib.import_module(f"{package}.client")
        models = importlib.import_module(f"{package}.models")
    except Exception as exc:  # noqa: BLE001 - any import failure is the finding
        return {"imported": False, "error": f"{type(exc).__name__}: {exc}"[:500]}
    examples = json.loads((out / "examples.json").read_text())
    failures = []
    for example in examples:
        if example["value"] is None and example["nullable"]:
            continue
        problem = _decode(models, example["name"], example["value"], example.get("encoded", example["value"]))
        if problem is not None:
            failures.append({"name": example["name"], "location": example["location"], "problem": problem})
    locations = sorted({e["location"] for e in examples})
    return {"imported": True, "examples": len(examples), "locations": locations, "failures": failures}


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]), sys.argv[2])))
