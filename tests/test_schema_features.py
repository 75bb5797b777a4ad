"""Issue 3 schema features: defaults, located errors, allOf conflicts, discriminated unions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.defaults import fit_default
from generator.diagnostics import SpecError
from generator.ir import ConstType, EnumType, ModelType, Nullable, Primitive, RefType, SchemaType
from generator.pipeline import GenerateRequest, generate, load_api
from generator.schemas import stricter_type
from tests.specbuild import build, spec_with, write_spec

DEFAULTS: list[tuple[str, Any, SchemaType, Any, str | None]] = [
    ("string", "a", Primitive("string"), "a", None),
    ("unquoted YAML number on a string is its text", 1, Primitive("string"), "1", None),
    ("boolean on a string is its JSON text", True, Primitive("string"), "true", None),
    ("valid uuid", "6a2f41a3-c54c-fce8-32d2-0324e1c32e22", Primitive("string", "uuid"), "6a2f41a3-c54c-fce8-32d2-0324e1c32e22", None),
    ("invalid uuid", "notauuid", Primitive("string", "uuid"), "notauuid", "default 'notauuid' is not a valid uuid"),
    ("number on a uuid", 3, Primitive("string", "uuid"), "3", "default '3' is not a valid uuid"),
    ("empty text on a formatted string is no default", "", Primitive("string", "date"), None, None),
    ("valid date", "1010-10-10", Primitive("string", "date"), "1010-10-10", None),
    ("invalid date-time", "yesterday", Primitive("string", "date-time"), "yesterday", "default 'yesterday' is not a valid date-time"),
    ("text on an integer", "inf", Primitive("integer"), "inf", "default 'inf' is not of type integer"),
    ("boolean is not an integer", True, Primitive("integer"), True, "default True is not of type integer"),
    ("integer is a number", 3, Primitive("number"), 3, None),
    ("null on a nullable", None, Nullable(Primitive("integer")), None, None),
    ("enum member", "b", EnumType(("a", "b")), "b", None),
    ("not an enum member", "c", EnumType(("a", "b")), "c", "default 'c' is not one of the enum values"),
    ("const", "x", ConstType("x"), "x", None),
]


@pytest.mark.parametrize(("name", "given", "schema", "used", "problem"), DEFAULTS, ids=[d[0] for d in DEFAULTS])
def test_fit_default(name: str, given: Any, schema: SchemaType, used: Any, problem: str | None) -> None:
    assert fit_default(given, schema) == (used, problem)


STRICTER: list[tuple[str, SchemaType, SchemaType, SchemaType | None]] = [
    ("integer within number", Primitive("number"), Primitive("integer"), Primitive("integer")),
    ("format narrows a string", Primitive("string"), Primitive("string", "uuid"), Primitive("string", "uuid")),
    ("enum narrows its type", EnumType(("a",)), Primitive("string"), EnumType(("a",))),
    ("const narrows its type", Primitive("string"), ConstType("x"), ConstType("x")),
    ("string and integer are irreconcilable", Primitive("string"), Primitive("integer"), None),
    ("enum of another type is irreconcilable", Primitive("integer"), EnumType(("a",)), None),
]


@pytest.mark.parametrize(("name", "a", "b", "want"), STRICTER, ids=[s[0] for s in STRICTER])
def test_stricter_type(name: str, a: SchemaType, b: SchemaType, want: SchemaType | None) -> None:
    assert stricter_type(a, b) == want
    assert stricter_type(b, a) == want


def test_allof_conflict_takes_the_stricter_type_and_reports_the_irreconcilable(tmp_path: Path) -> None:
    document = spec_with(
        {
            "A": {"type": "object", "properties": {"n": {"type": "number"}, "s": {"type": "string"}}},
            "B": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}, "s": {"type": "integer"}}},
            "AB": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        }
    )
    api, names, diagnostics = build(tmp_path, document)
    ab = next(d for d in api.schemas if names.classes[d.key] == "AB").schema
    assert isinstance(ab, ModelType)
    assert [(f.name, f.type, f.required) for f in ab.fields] == [
        ("n", Primitive("integer"), True),
        ("s", Primitive("integer"), False),
    ]
    assert [str(d) for d in diagnostics.warnings] == [
        "warning: spec.json#/components/schemas/AB: allOf members give property 's' irreconcilable types; the last one is used"
    ]


def test_allof_parent_is_a_base_class_unless_a_field_is_redeclared_differently(tmp_path: Path) -> None:
    kinds = {"type": "string", "enum": ["a", "b"]}
    document = spec_with(
        {
            "Base": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
            "Same": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"kind": {"type": "string"}, "n": {}}}]},
            "Narrower": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"kind": kinds}}]},
            "Union": {"oneOf": [{"$ref": "#/components/schemas/Base"}, {"type": "string"}]},
            "OnUnion": {"allOf": [{"$ref": "#/components/schemas/Union"}, {"properties": {"n": {"type": "integer"}}}]},
        }
    )
    api, names, _ = build(tmp_path, document)
    by_name = {names.classes[d.key]: d.schema for d in api.schemas}
    same, narrower, on_union = by_name["Same"], by_name["Narrower"], by_name["OnUnion"]
    assert isinstance(same, ModelType) and same.base is not None
    # A subclass may not loosen or change a parent's field (mypy rejects it): merged instead.
    assert isinstance(narrower, ModelType) and narrower.base is None
    assert [(f.name, f.required) for f in narrower.fields] == [("kind", True)]
    assert isinstance(narrower.fields[0].type, RefType)  # the inline enum's class
    # Only a model can be a base class; a union parent contributes no fields.
    assert isinstance(on_union, ModelType) and on_union.base is None
    assert [f.name for f in on_union.fields] == ["n"]


def _operation_spec(operation: dict[str, Any], path: str = "/things/{id}") -> dict[str, Any]:
    return spec_with({}, paths={path: {"get": operation}}, version="3.1.0")


LOCATED_ERRORS = [
    (
        "bad status code",
        _operation_spec({"responses": {"abcdef": {"description": "x"}}}, "/"),
        "error: spec.json#/paths/~1/get/responses/abcdef: response status 'abcdef' is not a status code, a range like 2XX, or default",
    ),
    (
        "optional path parameter",
        _operation_spec({"parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}], "responses": {}}),
        "error: spec.json#/paths/~1things~1{id}/get/parameters/0: path parameter 'id' must have `required: true`",
    ),
    (
        "invalid uuid default",
        _operation_spec(
            {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "format": "uuid", "default": "x"}}], "responses": {}},
            "/",
        ),
        "error: spec.json#/paths/~1/get/parameters/0/schema/default: default 'x' is not a valid uuid",
    ),
]


@pytest.mark.parametrize(("name", "document", "message"), LOCATED_ERRORS, ids=[e[0] for e in LOCATED_ERRORS])
def test_broken_operations_give_located_errors(tmp_path: Path, name: str, document: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError) as caught:
        load_api(write_spec(tmp_path, document))
    assert [str(d) for d in caught.value.diagnostics] == [message]


def test_invalid_property_default_is_a_warning_and_left_out(tmp_path: Path) -> None:
    document = spec_with({"A": {"type": "object", "properties": {"n": {"type": "integer", "default": "inf"}}}})
    api, _, diagnostics = build(tmp_path, document)
    model = api.schemas[0].schema
    assert isinstance(model, ModelType) and not model.fields[0].has_default
    assert [d.location for d in diagnostics.warnings] == ["spec.json#/components/schemas/A/properties/n/default"]


PETS = {
    "Cat": {"type": "object", "required": ["pet_type"], "properties": {"pet_type": {"type": "string"}, "meow": {"type": "boolean"}}},
    "Dog": {"type": "object", "required": ["pet_type"], "properties": {"pet_type": {"type": "string"}, "name": {"type": "string"}}},
    "Pet": {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {"propertyName": "pet_type", "mapping": {"kitty": "#/components/schemas/Cat"}},
    },
    # Without a discriminator, a payload both members accept must still decode (no "multiple matches").
    "Either": {"oneOf": [{"$ref": "#/components/schemas/Dog"}, {"$ref": "#/components/schemas/Cat"}]},
    "Owner": {
        "type": "object",
        "properties": {
            "pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
            "either": {"$ref": "#/components/schemas/Either"},
        },
    },
}

DECODE_PETS = """
from pets.models import Cat, Dog, Owner
data = {
    "pets": [
        {"pet_type": "kitty", "meow": True},
        {"pet_type": "Dog", "name": "Rex"},
        {"pet_type": "parrot", "words": 12},
    ],
    "either": {"pet_type": "x"},
}
owner = Owner.from_dict(data)
assert owner.pets is not None
assert [type(p).__name__ for p in owner.pets] == ["Cat", "Dog", "dict"], owner.pets
assert isinstance(owner.either, Dog), owner.either
assert owner.to_dict() == data
print("ok")
"""


def test_discriminated_union_picks_by_tag_and_keeps_unknown_tags(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, spec_with(PETS))
    files = generate(GenerateRequest(spec, "pets")).files
    for relative, content in files.items():
        (tmp_path / "out" / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "out" / relative).write_bytes(content)
    result = subprocess.run([sys.executable, "-c", DECODE_PETS], cwd=tmp_path / "out", capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_webhook_and_callback_payloads_get_models(tmp_path: Path) -> None:
    payload = {"type": "object", "properties": {"id": {"type": "string"}}}
    body = {"requestBody": {"content": {"application/json": {"schema": payload}}}, "responses": {"200": {"description": "ok"}}}
    operation = {
        "operationId": "subscribe",
        "callbacks": {"onEvent": {"{$request.body#/url}": {"post": body}}},
        "responses": {"201": {"description": "ok"}},
    }
    document = spec_with({}, paths={"/subscriptions": {"post": operation}}, version="3.1.0")
    document["webhooks"] = {"newPet": {"post": body}}
    document["x-webhooks"] = {"pet-gone": {"$ref": "#/webhooks/newPet"}}
    api, names, diagnostics = build(tmp_path, document)
    assert sorted(names.classes.values()) == ["NewPetWebhook", "SubscribeOnEventCallback"]
    assert [op.operation_id for op in api.operations] == ["subscribe"]  # nothing to call
    assert not diagnostics.items


def test_remote_refs_are_fetched_only_when_allowed(tmp_path: Path) -> None:
    from tests.loopback import LoopbackServer, Response

    shared = "Money:\n  type: object\n  properties:\n    cents: {$ref: 'units.yaml#/Cents'}\n"
    with LoopbackServer() as server:
        server.enqueue(Response.text(shared), Response.text("Cents: {type: integer}\n"))
        base = server.url
        document = spec_with({"Price": {"$ref": f"{base}/schemas/money.yaml#/Money"}})
        spec = write_spec(tmp_path, document)
        with pytest.raises(SpecError) as refused:
            load_api(spec)
        api, _ = load_api(spec, allow_remote_refs=True)
        # The relative ref inside the remote document resolves against its URL.
        assert [r.target for r in server.requests] == ["/schemas/money.yaml", "/schemas/units.yaml"]
    assert "is not fetched" in str(refused.value)
    money = next(d for d in api.schemas if d.name == "Money")
    assert isinstance(money.schema, ModelType) and money.schema.fields[0].type == RefType(f"{base}/schemas/units.yaml#/Cents")
