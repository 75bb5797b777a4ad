"""The naming pass: identifiers from any spec text, collisions resolved deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.identifiers import is_safe_identifier, pascal_case, snake_case, upper_snake
from tests.specbuild import build, spec_with

SNAKE = [
    ("getVideo", "get_video"),
    ("listAPIKeys", "list_api_keys"),
    ("HTTPServerError", "http_server_error"),
    ("video-id", "video_id"),
    ("2fa-enabled", "value_2fa_enabled"),
    ("", "value"),
    ("__proto__", "proto"),
    ("café", "cafe"),
    ("x.y[z]", "x_y_z"),
]


@pytest.mark.parametrize(("text", "expected"), SNAKE)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected
    assert is_safe_identifier(snake_case(text))


PASCAL = [("video_output", "VideoOutput"), ("a/b", "AB"), ("3d-model", "Model3dModel"), ("", "Model")]


@pytest.mark.parametrize(("text", "expected"), PASCAL)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


def test_upper_snake_for_enum_members() -> None:
    assert upper_snake("signed_url") == "SIGNED_URL"
    assert upper_snake("image/png") == "IMAGE_PNG"
    assert upper_snake("1080p") == "VALUE_1080P"


def _names_for(tmp_path: Path, document: dict) -> tuple:
    api, names, _ = build(tmp_path, document)
    return api, names


def test_operation_names_from_ids_and_paths_are_unique(tmp_path: Path) -> None:
    ok = {"responses": {"204": {"description": "ok"}}}
    paths = {
        "/videos/{video_id}": {"get": {"operationId": "getVideo", **ok}, "delete": ok},
        "/videos": {"get": {"operationId": "get_video", **ok}, "post": {"operationId": "close", **ok}},
        "/v2/videos/{video_id}": {"delete": ok},
    }
    api, names = _names_for(tmp_path, spec_with({}, paths))
    by_path = {(op.method, op.path): names.methods[op.key] for op in api.operations}
    assert by_path == {
        ("GET", "/videos/{video_id}"): "get_video",
        ("DELETE", "/videos/{video_id}"): "delete_videos_video_id",
        ("GET", "/videos"): "get_video_2",
        ("POST", "/videos"): "close_",
        ("DELETE", "/v2/videos/{video_id}"): "delete_v2_videos_video_id",
    }


def test_field_names_avoid_keywords_pydantic_attributes_and_collisions(tmp_path: Path) -> None:
    names_ = ["from", "class", "model_version", "json", "fooBar", "foo_bar", "_id", "2x", "list", "str"]
    # ... but only then: nothing here is a list, so `list` keeps its name.
    props = {name: {"type": "string"} for name in names_}
    api, names = _names_for(tmp_path, spec_with({"Thing": {"type": "object", "properties": props}}))
    key = api.schemas[0].key
    assert [names.fields[(key, p)] for p in props] == [
        "from_",
        "class_",
        "field_model_version",
        "json_",
        "foo_bar",
        "foo_bar_2",
        "id",
        "field_2x",
        # A field named like a type its class's annotations use would shadow it there ...
        "list",
        "str_",
    ]


def test_parameter_names_clash_across_locations(tmp_path: Path) -> None:
    op = {
        "operationId": "op",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "id", "in": "query", "schema": {"type": "string"}},
            {"name": "body", "in": "query", "schema": {"type": "string"}},
            {"name": "X-Id", "in": "header", "schema": {"type": "string"}},
        ],
        "responses": {"204": {"description": "ok"}},
    }
    api, names = _names_for(tmp_path, spec_with({}, {"/t/{id}": {"get": op}}))
    key = api.operations[0].key
    assert names.parameters[(key, "path", "id")] == "id"
    assert names.parameters[(key, "query", "id")] == "query_id"
    assert names.parameters[(key, "query", "body")] == "query_body"
    assert names.parameters[(key, "header", "X-Id")] == "x_id"


def test_component_names_win_over_inline_names_and_stay_stable(tmp_path: Path) -> None:
    schemas = {
        "Video": {"type": "object", "properties": {"asset": {"type": "object", "properties": {"id": {}}}}},
        "VideoAsset": {"type": "object", "properties": {"x": {}}},
    }
    api, names = _names_for(tmp_path, spec_with(schemas))
    assert sorted(names.classes.values()) == ["Video", "VideoAsset", "VideoAsset2"]
    inline = next(d for d in api.schemas if d.parent is not None)
    assert names.classes[inline.key] == "VideoAsset2"
    # An unrelated schema added elsewhere does not rename anything.
    schemas["Zebra"] = {"type": "object", "properties": {"stripes": {"type": "integer"}}}
    api2, names2 = _names_for(tmp_path, spec_with(schemas))
    assert {k: v for k, v in names2.classes.items() if v != "Zebra"} == names.classes


def test_class_names_avoid_builtins_and_imports(tmp_path: Path) -> None:
    schemas = {n: {"type": "object", "properties": {"a": {}}} for n in ["BaseModel", "Field", "Exception", "list", "Tag"]}
    api, names = _names_for(tmp_path, spec_with(schemas))
    assert sorted(names.classes.values()) == ["BaseModelModel", "ExceptionModel", "FieldModel", "List", "TagModel"]


def test_enum_member_names(tmp_path: Path) -> None:
    schemas = {
        "Size": {"type": "string", "enum": ["1080p", "720p", "a b", "A-B", "", "mro"]},
        "Code": {"type": "integer", "enum": [1, -1, 2], "x-enum-varnames": ["ONE", "MINUS_ONE", "TWO"]},
    }
    api, names = _names_for(tmp_path, spec_with(schemas))
    size, code = api.schemas
    assert [names.members[(size.key, i)] for i in range(6)] == ["VALUE_1080P", "VALUE_720P", "A_B", "A_B_2", "EMPTY", "MRO"]
    assert [names.members[(code.key, i)] for i in range(3)] == ["ONE", "MINUS_ONE", "TWO"]
