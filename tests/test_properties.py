"""Property tests: random schemas, random instances valid for them, exact round trips.

Hypothesis draws a schema (primitives, enums, const, nullability in 3.0 and 3.1 forms,
arrays, maps, nested objects with required subsets), generates a real client for it, then
draws instances valid for the schema: the generated model must accept every one and encode
it back to exactly the same JSON. Derandomized and bounded so CI runs are repeatable.
"""

from __future__ import annotations

import importlib
import itertools
import sys
from pathlib import Path
from typing import Any

import pydantic
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.pipeline import GenerateRequest, generate
from tests.specbuild import spec_with, write_spec

NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-ABCXYZ09 ", min_size=1, max_size=8)
JSON_TEXT = st.text(max_size=8)
_COUNTER = itertools.count()


def _primitive() -> st.SearchStrategy[dict[str, Any]]:
    types = st.sampled_from(["string", "integer", "number", "boolean"])
    plain = types.map(lambda t: {"type": t})
    enums = st.lists(NAMES, min_size=1, max_size=4, unique=True).map(lambda v: {"type": "string", "enum": v})
    ints = st.lists(st.integers(-5, 5), min_size=1, max_size=3, unique=True).map(lambda v: {"type": "integer", "enum": v})
    const = NAMES.map(lambda v: {"const": v})
    return st.one_of(plain, enums, ints, const)


def _nullable(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    forms = [schema]
    if "type" in schema:
        forms.append({**schema, "nullable": True})
        if "enum" not in schema:
            forms.append({**schema, "type": [schema["type"], "null"]})
    forms.append({"oneOf": [schema, {"type": "null"}]})
    return st.sampled_from(forms)


def _compound(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    arrays = children.map(lambda s: {"type": "array", "items": s})
    maps = children.map(lambda s: {"type": "object", "additionalProperties": s})
    props = st.dictionaries(NAMES, children, min_size=1, max_size=4)
    objects = props.flatmap(
        lambda p: st.sets(st.sampled_from(sorted(p))).map(
            lambda req: {"type": "object", "properties": p, **({"required": sorted(req)} if req else {})}
        )
    )
    return st.one_of(arrays, maps, objects)


SCHEMAS = st.recursive(_primitive(), _compound, max_leaves=6).flatmap(_nullable)


def instances(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """JSON values valid for `schema` (the subset SCHEMAS draws from)."""
    if "oneOf" in schema:
        return st.one_of(st.none(), instances(schema["oneOf"][0]))
    type_ = schema.get("type")
    if schema.get("nullable") or (isinstance(type_, list) and "null" in type_):
        inner = {k: v for k, v in schema.items() if k != "nullable"}
        inner["type"] = type_[0] if isinstance(type_, list) else type_
        return st.one_of(st.none(), instances(inner))
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    simple = {
        "string": JSON_TEXT,
        "integer": st.integers(-(2**70), 2**70),
        "number": st.one_of(st.integers(-1000, 1000), st.floats(allow_nan=False, allow_infinity=False)),
        "boolean": st.booleans(),
    }
    if type_ in simple:
        return simple[type_]
    if type_ == "array":
        return st.lists(instances(schema["items"]), max_size=3)
    if "properties" in schema:
        return _objects(schema)
    return st.dictionaries(JSON_TEXT, instances(schema["additionalProperties"]), max_size=3)


def _objects(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    required = set(schema.get("required", []))
    fields = {name: instances(sub) for name, sub in schema["properties"].items()}
    optional = sorted(set(fields) - required)
    return st.fixed_dictionaries(
        {n: fields[n] for n in sorted(required)}, optional={n: fields[n] for n in optional}
    )


def _admits_null(schema: dict[str, Any]) -> bool:
    type_ = schema.get("type")
    return "oneOf" in schema or schema.get("nullable") is True or (isinstance(type_, list) and "null" in type_)


def _root_type(tmp: Path, schema: dict[str, Any]) -> Any:
    """Generate a client whose component `Root` is `schema`; its Root class or alias."""
    package = f"prop_{next(_COUNTER)}"
    out = tmp / package
    document = spec_with({"Root": schema}, version="3.1.0")
    files = generate(GenerateRequest(write_spec(tmp, document, f"{package}.json"), package)).files
    for relative, content in files.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_bytes(content)
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module(f"{package}.models").Root
    finally:
        sys.path.remove(str(out))


# Each example generates a whole client (about a second), so shrinking is off: a failure
# already prints the schema and the instance, and a shrink run would take many minutes.
@settings(
    max_examples=20,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(schema=SCHEMAS, data=st.data())
def test_generated_models_round_trip_every_valid_instance(tmp_path_factory: Any, schema: dict[str, Any], data: st.DataObject) -> None:
    root = _root_type(tmp_path_factory.mktemp("prop"), schema)
    # A nullable model or enum is one class; null is admitted where it is used: `Root | None`.
    adapter = pydantic.TypeAdapter(root | None if _admits_null(schema) else root)
    for _ in range(8):
        value = data.draw(instances(schema))
        decoded = adapter.validate_python(value)
        assert adapter.dump_python(decoded, mode="json", by_alias=True, exclude_unset=True) == value
