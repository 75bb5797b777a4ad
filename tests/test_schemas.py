"""Schema Objects to annotations: one row per form a real spec uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.ir import EnumType, ModelType, Nullable, Primitive, RefType, TupleType, UnionType
from tests.specbuild import annotation_of, build, spec_with

CASES: list[tuple[str, Any, str]] = [
    ("string", {"type": "string"}, "str"),
    ("integer", {"type": "integer", "format": "int64"}, "int"),
    ("number keeps ints and floats apart", {"type": "number"}, "int | float"),
    ("boolean", {"type": "boolean"}, "bool"),
    ("date-time is parsed, invalid text kept", {"type": "string", "format": "date-time"}, "DateTime"),
    ("date is parsed, invalid text kept", {"type": "string", "format": "date"}, "Date"),
    ("binary is any form of file content", {"type": "string", "format": "binary"}, "FileInput"),
    ("array of strings", {"type": "array", "items": {"type": "string"}}, "list[str]"),
    ("array without items", {"type": "array"}, "list[Any]"),
    ("untyped", {}, "Any"),
    ("nullable with no type (seed `error`)", {"nullable": True}, "Any"),
    ("nullable string 3.0", {"type": "string", "nullable": True}, "str | None"),
    ("nullable string 3.1", {"type": ["string", "null"]}, "str | None"),
    ("type list without null", {"type": ["string", "integer"]}, "str | int"),
    ("oneOf integer/string timestamp (seed created_at)", {"oneOf": [{"type": "integer"}, {"type": "string"}]}, "int | str"),
    (
        "nullable oneOf (seed started_at)",
        {"nullable": True, "oneOf": [{"type": "integer"}, {"type": "string"}]},
        "int | str | None",
    ),
    ("oneOf with a null member", {"oneOf": [{"type": "string"}, {"type": "null"}]}, "str | None"),
    ("anyOf of one member is that member", {"anyOf": [{"type": "integer"}]}, "int"),
    ("open object (seed billing)", {"type": "object", "additionalProperties": True}, "dict[str, Any]"),
    ("typed map", {"type": "object", "additionalProperties": {"type": "integer"}}, "dict[str, int]"),
    ("bare object", {"type": "object"}, "dict[str, Any]"),
    ("const string", {"const": "video"}, "Literal['video']"),
    ("const null", {"const": None}, "None"),
    ("enum of booleans is open bool", {"type": "boolean", "enum": [True, False]}, "bool"),
    ("mixed enum is open base types", {"enum": ["a", 1]}, "str | int"),
    ("enum with null", {"type": "string", "enum": ["a", None]}, "HolderF | None"),
    ("inline enum gets a class", {"type": "string", "enum": ["queued", "done"]}, "HolderF"),
    ("inline object gets a class", {"type": "object", "properties": {"x": {"type": "string"}}}, "HolderF"),
    (
        "nullable inline object",
        {"type": "object", "nullable": True, "properties": {"x": {"type": "string"}}},
        "HolderF | None",
    ),
    ("array of inline objects", {"type": "array", "items": {"type": "object", "properties": {"a": {}}}}, "list[HolderFItem]"),
    ("ref", {"$ref": "#/components/schemas/Holder"}, "Holder"),
    ("nullable beside ref (3.0 practice)", {"$ref": "#/components/schemas/Holder", "nullable": True}, "Holder | None"),
    ("nullable allOf ref", {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Holder"}]}, "Holder | None"),
]


@pytest.mark.parametrize(("name", "schema", "expected"), CASES, ids=[c[0] for c in CASES])
def test_annotation(tmp_path: Path, name: str, schema: Any, expected: str) -> None:
    assert annotation_of(tmp_path, schema) == expected


STRING, INTEGER = {"type": "string"}, {"type": "integer"}
CASES_3_1: list[tuple[str, Any, str]] = [
    ("prefixItems, items false: a tuple", {"type": "array", "prefixItems": [STRING, INTEGER], "items": False}, "Annotated[tuple[str, int], Strict(False)]"),
    ("prefixItems, maxItems their count: a tuple", {"prefixItems": [STRING, INTEGER], "maxItems": 2}, "Annotated[tuple[str, int], Strict(False)]"),
    ("prefixItems, fewer allowed: a list", {"prefixItems": [STRING, INTEGER], "items": False, "minItems": 1}, "list[str | int]"),
    ("prefixItems, maxItems below their count: a list", {"prefixItems": [STRING, INTEGER], "maxItems": 1}, "list[str | int]"),
    ("prefixItems then items: a list", {"prefixItems": [STRING], "items": INTEGER}, "list[str | int]"),
    ("prefixItems then anything: a list of any", {"prefixItems": [STRING, INTEGER]}, "list[Any]"),
    ("prefixItems of one type", {"prefixItems": [STRING, STRING], "items": STRING}, "list[str]"),
    ("prefixItems with a nullable item", {"prefixItems": [{"type": ["string", "null"]}], "items": False}, "Annotated[tuple[str | None], Strict(False)]"),
    ("prefixItems with an inline model", {"prefixItems": [{"properties": {"a": {}}}], "items": False}, "Annotated[tuple[HolderFItem0], Strict(False)]"),
    ("one pattern: a map", {"type": "object", "patternProperties": {"^x-": STRING}}, "dict[str, str]"),
    ("pattern without type: a map", {"patternProperties": {"^x-": STRING}}, "dict[str, str]"),
    ("patterns, closed", {"patternProperties": {"^a": STRING, "^b": INTEGER}, "additionalProperties": False}, "dict[str, str | int]"),
    ("pattern and other keys' schema", {"patternProperties": {"^a": STRING}, "additionalProperties": INTEGER}, "dict[str, str | int]"),
    ("pattern and any other key", {"patternProperties": {"^a": STRING}, "additionalProperties": True}, "dict[str, Any]"),
    ("pattern of an inline model", {"patternProperties": {"^a": {"properties": {"b": {}}}}}, "dict[str, HolderFValue]"),
    ("pattern beside properties: a model", {"properties": {"b": STRING}, "patternProperties": {"^a": STRING}}, "HolderF"),
]


@pytest.mark.parametrize(("name", "schema", "expected"), CASES_3_1, ids=[c[0] for c in CASES_3_1])
def test_annotation_3_1(tmp_path: Path, name: str, schema: Any, expected: str) -> None:
    assert annotation_of(tmp_path, schema, version="3.1.0") == expected


def test_prefix_items_build_a_tuple_type(tmp_path: Path) -> None:
    document = spec_with({"Pair": {"prefixItems": [STRING, {"$ref": "#/components/schemas/Id"}], "items": False}, "Id": INTEGER}, version="3.1.0")
    api, names, diagnostics = build(tmp_path, document)
    pair = next(d for d in api.schemas if names.classes[d.key] == "Pair")
    ident = next(d for d in api.schemas if names.classes[d.key] == "Id")
    assert pair.schema == TupleType((Primitive("string"), RefType(ident.key)))
    assert not diagnostics.items


def test_seed_video_fields_keep_nullability_and_requiredness_apart(tmp_path: Path) -> None:
    seed = Path(__file__).parent.parent / "specs" / "ai-stats-video-status.yaml"
    from generator.naming import resolve_names
    from generator.pipeline import load_api

    api, _ = load_api(seed)
    names = resolve_names(api)
    video = next(d for d in api.schemas if names.classes[d.key] == "VideoGenerationResponse")
    assert isinstance(video.schema, ModelType)
    fields = {f.name: f for f in video.schema.fields}
    assert fields["created_at"].type == UnionType((Primitive("integer"), Primitive("string")))
    assert not fields["created_at"].nullable
    assert fields["started_at"].nullable and not fields["started_at"].required
    assert fields["generation_id"].nullable and fields["generation_id"].type == Primitive("string")
    assert isinstance(fields["status"].type, RefType)
    status = next(d for d in api.schemas if d.key == fields["status"].type.key)
    assert status.schema == EnumType(("queued", "processing", "completed", "failed", "cancelled", "expired"))
    assert fields["error"].nullable
    assert fields["usage"].type != fields["billing"].type


def test_recursive_schema_is_a_reference_not_a_copy(tmp_path: Path) -> None:
    document = spec_with(
        {
            "Node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "parent": {"$ref": "#/components/schemas/Node"},
                },
            }
        }
    )
    api, names, diagnostics = build(tmp_path, document)
    node = api.schemas[0]
    assert isinstance(node.schema, ModelType)
    assert node.schema.fields[1].type == RefType(node.key)
    assert not diagnostics.items


def test_json_pointer_escapes_in_refs(tmp_path: Path) -> None:
    document = spec_with(
        {"a/b": {"type": "object", "properties": {"x": {"type": "string"}}}, "c~d": {"$ref": "#/components/schemas/a~1b"}}
    )
    document["components"]["schemas"]["Holder"] = {
        "type": "object",
        "properties": {"p": {"$ref": "#/components/schemas/c~0d"}, "q": {"$ref": "#/components/schemas/a%7E1b"}},
    }
    api, names, diagnostics = build(tmp_path, document)
    assert not diagnostics.items
    assert sorted(names.classes.values()) == ["AB", "CD", "Holder"]


def test_refs_to_refs_resolve_to_the_final_schema(tmp_path: Path) -> None:
    document = spec_with(
        {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/C"},
            "C": {"type": "string", "nullable": True},
        }
    )
    api, names, _ = build(tmp_path, document)
    by_name = {names.classes[d.key]: d for d in api.schemas}
    assert by_name["A"].schema == RefType(by_name["C"].key)
    assert by_name["C"].schema == Nullable(Primitive("string"))


def test_allof_single_ref_plus_fields_is_a_subclass(tmp_path: Path) -> None:
    document = spec_with(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Child": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {"n": {"type": "integer"}}}]},
        }
    )
    api, names, _ = build(tmp_path, document)
    by_name = {names.classes[d.key]: d for d in api.schemas}
    child = by_name["Child"].schema
    assert isinstance(child, ModelType)
    assert child.base == RefType(by_name["Base"].key)
    assert [f.name for f in child.fields] == ["n"]


def test_allof_of_several_refs_merges_fields(tmp_path: Path) -> None:
    document = spec_with(
        {
            "A": {"type": "object", "properties": {"a": {"type": "string"}}},
            "B": {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}},
            "AB": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}], "required": ["a"]},
        }
    )
    api, names, _ = build(tmp_path, document)
    ab = next(d for d in api.schemas if names.classes[d.key] == "AB").schema
    assert isinstance(ab, ModelType)
    assert [(f.name, f.required) for f in ab.fields] == [("a", True), ("b", True)]


def test_constraint_only_anyof_keeps_the_object(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"b64": {"type": "string"}, "url": {"type": "string"}},
        "anyOf": [{"required": ["b64"]}, {"required": ["url"]}],
    }
    assert annotation_of(tmp_path, schema) == "HolderF"
