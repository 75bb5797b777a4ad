"""readOnly/writeOnly: each model in the shape of the direction it travels in (generator/directions.py).

Each row is a spec (component schemas and how operations use them) and, per generated class, its
fields with their requiredness; plus the classes the request body and the response refer to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.directions import apply_directions
from generator.ir import Api, ModelType
from generator.naming import Names, resolve_names
from generator.pipeline import load_api
from generator.pytypes import Annotator
from tests.specbuild import spec_with, write_spec

REF = "#/components/schemas/"
ITEM = {
    "type": "object",
    "required": ["id", "name", "secret"],
    "properties": {
        "id": {"type": "string", "readOnly": True},
        "name": {"type": "string"},
        "secret": {"type": "string", "writeOnly": True},
    },
}
PLAIN = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": REF + name}


def _paths(sent: dict[str, Any] | None, received: dict[str, Any] | None) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": "put", "responses": {"204": {"description": "none"}}}
    if sent is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": sent}}}
    if received is not None:
        operation["responses"] = {"200": {"description": "ok", "content": {"application/json": {"schema": received}}}}
    return {"/items": {"put": operation}}


Fields = dict[str, list[tuple[str, bool]]]
# (case, schemas, request body schema, response schema, classes → [(field, required)], body, response)
CASES: list[tuple[str, dict[str, Any], Any, Any, Fields, str | None, str | None]] = [
    (
        "both directions: a request model without read-only, write-only required only there",
        {"Item": ITEM},
        _ref("Item"),
        _ref("Item"),
        {"Item": [("id", True), ("name", True), ("secret", False)], "ItemRequest": [("name", True), ("secret", True)]},
        "models.ItemRequest",
        "models.Item",
    ),
    (
        "only received: write-only not required, no request model",
        {"Item": ITEM},
        None,
        _ref("Item"),
        {"Item": [("id", True), ("name", True), ("secret", False)]},
        None,
        "models.Item",
    ),
    (
        "only sent: read-only left out of the model itself",
        {"Item": ITEM},
        _ref("Item"),
        None,
        {"Item": [("name", True), ("secret", True)]},
        "models.Item",
        None,
    ),
    (
        "used by no operation: decoded shape",
        {"Item": ITEM},
        None,
        None,
        {"Item": [("id", True), ("name", True), ("secret", False)]},
        None,
        None,
    ),
    (
        "no readOnly or writeOnly: one model for both",
        {"Plain": PLAIN},
        _ref("Plain"),
        _ref("Plain"),
        {"Plain": [("n", True)]},
        "models.Plain",
        "models.Plain",
    ),
    (
        "optional write-only only: the shapes agree, one model",
        {"Login": {"type": "object", "properties": {"user": {"type": "string"}, "pin": {"type": "string", "writeOnly": True}}}},
        _ref("Login"),
        _ref("Login"),
        {"Login": [("user", False), ("pin", False)]},
        "models.Login",
        "models.Login",
    ),
    (
        "nested: the parent gets a request model for its child's sake",
        {"Item": ITEM, "Order": {"type": "object", "properties": {"items": {"type": "array", "items": _ref("Item")}, "plain": _ref("Plain")}}, "Plain": PLAIN},
        _ref("Order"),
        _ref("Order"),
        {
            "Order": [("items", False), ("plain", False)],
            "OrderRequest": [("items", False), ("plain", False)],
            "Item": [("id", True), ("name", True), ("secret", False)],
            "ItemRequest": [("name", True), ("secret", True)],
            "Plain": [("n", True)],
        },
        "models.OrderRequest",
        "models.Order",
    ),
    (
        "request body that is a list of models",
        {"Item": ITEM},
        {"type": "array", "items": _ref("Item")},
        _ref("Item"),
        {"Item": [("id", True), ("name", True), ("secret", False)], "ItemRequest": [("name", True), ("secret", True)]},
        "list[models.ItemRequest]",
        "models.Item",
    ),
    (
        "the request name is taken by a component: numbered",
        {"Item": ITEM, "ItemRequest": PLAIN},
        _ref("Item"),
        _ref("Item"),
        {"Item": [("id", True), ("name", True), ("secret", False)], "ItemRequest": [("n", True)], "ItemRequest2": [("name", True), ("secret", True)]},
        "models.ItemRequest2",
        "models.Item",
    ),
    (
        "allOf subclass: the request model extends the base's request model",
        {"Item": ITEM, "Special": {"allOf": [_ref("Item"), {"type": "object", "properties": {"level": {"type": "integer", "readOnly": True}, "tag": {"type": "string"}}}]}},
        _ref("Special"),
        _ref("Special"),
        {
            "Item": [("id", True), ("name", True), ("secret", False)],
            "ItemRequest": [("name", True), ("secret", True)],
            "Special": [("level", False), ("tag", False)],
            "SpecialRequest": [("tag", False)],
        },
        "models.SpecialRequest",
        "models.Special",
    ),
]


def _prepared(tmp_path: Path, document: dict[str, Any]) -> tuple[Api, Names]:
    api, _ = load_api(write_spec(tmp_path, document))
    api = apply_directions(api)
    return api, resolve_names(api)


@pytest.mark.parametrize(("case", "schemas", "sent", "received", "fields", "body", "response"), CASES, ids=[c[0] for c in CASES])
def test_models_take_the_shape_of_their_direction(
    tmp_path: Path, case: str, schemas: dict[str, Any], sent: Any, received: Any, fields: Fields, body: str | None, response: str | None
) -> None:
    api, names = _prepared(tmp_path, spec_with(schemas, paths=_paths(sent, received), version="3.1.0"))
    got = {}
    for definition in api.schemas:
        if isinstance(definition.schema, ModelType):
            got[names.classes[definition.key]] = [(f.name, f.required) for f in definition.schema.fields]
    assert got == fields
    annotate = Annotator({d.key: d for d in api.schemas}, names, qualifier="models.", tagged=False).annotation
    op = api.operations[0]
    assert (annotate(op.request_body.contents[0].type) if op.request_body else None) == body
    responses = [c.type for r in op.responses for c in r.contents]
    assert (annotate(responses[0]) if responses else None) == response


def test_request_model_refers_to_request_side_base_and_union_members(tmp_path: Path) -> None:
    schemas = {
        "Item": ITEM,
        "Plain": PLAIN,
        "Either": {"oneOf": [_ref("Item"), _ref("Plain")], "discriminator": {"propertyName": "kind"}},
        "Holder": {"type": "object", "properties": {"either": _ref("Either")}},
    }
    api, names = _prepared(tmp_path, spec_with(schemas, paths=_paths(_ref("Holder"), _ref("Holder")), version="3.1.0"))
    by_name = {names.classes[d.key]: d for d in api.schemas}
    assert by_name["EitherRequest"].request_of == by_name["Either"].key
    annotate = Annotator({d.key: d for d in api.schemas}, names, tagged=False).annotation
    assert annotate(by_name["EitherRequest"].schema) == "ItemRequest | Plain"
    assert annotate(by_name["Either"].schema) == "Item | Plain"
    # The tag of a request-side member names the request-side class.
    tags = dict(by_name["EitherRequest"].schema.tags)  # type: ignore[union-attr]
    assert names.classes[tags["Item"]] == "ItemRequest"


def test_request_model_records_the_read_only_names_it_drops(tmp_path: Path) -> None:
    api, names = _prepared(tmp_path, spec_with({"Item": ITEM}, paths=_paths(_ref("Item"), _ref("Item")), version="3.1.0"))
    by_name = {names.classes[d.key]: d.schema for d in api.schemas}
    assert isinstance(by_name["ItemRequest"], ModelType) and by_name["ItemRequest"].omitted == ("id",)
    assert isinstance(by_name["Item"], ModelType) and by_name["Item"].omitted == ()


def test_recursive_model_splits_without_looping(tmp_path: Path) -> None:
    node = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}, "children": {"type": "array", "items": _ref("Node")}}}
    api, names = _prepared(tmp_path, spec_with({"Node": node}, paths=_paths(_ref("Node"), _ref("Node")), version="3.1.0"))
    request = next(d for d in api.schemas if names.classes[d.key] == "NodeRequest")
    annotate = Annotator({d.key: d for d in api.schemas}, names, tagged=False).annotation
    assert isinstance(request.schema, ModelType)
    assert [(f.name, annotate(f.type)) for f in request.schema.fields] == [("children", "list[NodeRequest]")]
