"""Pagination: shapes detected from specs, and lazy iteration over every item over loopback HTTP."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.runtime_support import ROOT, mode, run, server  # first: puts the generated packages on the path

import kitchen_sink as sink  # noqa: E402
from generator.pagination import detect_pagination  # noqa: E402
from generator.pipeline import GenerateRequest, generate, load_api  # noqa: E402
from loopback import LoopbackServer, RecordedRequest, Response  # noqa: E402
from tests.specbuild import spec_with, write_spec  # noqa: E402

ITEM = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}


def page_schema(**extra: Any) -> dict[str, Any]:
    properties = {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}, **extra}
    return {"type": "object", "required": ["data"], "properties": properties}


def list_op(operation_id: str, params: list[str], response: str) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "parameters": [{"name": n, "in": "query", "schema": {"type": "string" if n == "cursor" else "integer"}} for n in params],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{response}"}}}}},
        }
    }


SPEC = spec_with(
    {
        "Item": ITEM,
        "OffsetPage": page_schema(total=({"type": "integer"})),
        "NumberedPage": page_schema(),
        "CursorPage": page_schema(next_cursor={"type": "string", "nullable": True}, has_more={"type": "boolean"}),
        "Plain": {"type": "object", "properties": {"name": {"type": "string"}}},
    },
    {
        "/by-offset": list_op("listByOffset", ["limit", "offset"], "OffsetPage"),
        "/by-page": list_op("listByPage", ["page", "per_page"], "NumberedPage"),
        "/by-cursor": list_op("listByCursor", ["limit", "cursor"], "CursorPage"),
        "/not-paged": list_op("getPlain", ["limit"], "Plain"),
    },
)


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A client generated from SPEC into a temporary folder and imported."""
    folder = tmp_path_factory.mktemp("paged")
    files = generate(GenerateRequest(write_spec(folder, SPEC), package_name="paged_api")).files
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("paged_api")
    finally:
        sys.path.remove(str(folder))


def collect(mode: str, pager: Any, limit: int | None = None) -> Any:
    """Every item id of a pager (stopping after `limit` items), iterating sync or async."""
    if mode == "sync":
        ids = []
        for item in pager:
            ids.append(item.id)
            if limit is not None and len(ids) == limit:
                break
        return ids

    async def gather() -> list[Any]:
        ids = []
        async for item in pager:
            ids.append(item.id)
            if limit is not None and len(ids) == limit:
                break
        return ids

    return gather()


def query(request: RecordedRequest) -> dict[str, list[str]]:
    return parse_qs(request.query)


def items(*ids: int) -> list[dict[str, int]]:
    return [{"id": i} for i in ids]


def test_detection_table(tmp_path: Path) -> None:
    api, _ = load_api(write_spec(tmp_path, SPEC))
    found = {spec.operation_key.split("#")[-1]: (spec.kind, spec.position_param, spec.next_field, spec.has_more_field, spec.limit_param) for spec in detect_pagination(api)}
    assert found == {
        "/paths/~1by-offset/get": ("offset", "offset", None, None, "limit"),
        "/paths/~1by-page/get": ("page", "page", None, None, "per_page"),
        "/paths/~1by-cursor/get": ("cursor", "cursor", "next_cursor", "has_more", "limit"),
    }


def test_gateway_list_operations_are_detected() -> None:
    api, _ = load_api(ROOT / "specs" / "ai-stats-gateway.yaml")
    kinds = [spec.kind for spec in detect_pagination(api)]
    assert kinds.count("offset") == 24 and kinds.count("cursor") == 1


def test_offset_pages_until_a_short_page(paged: Any, server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"data": items(1, 2)}), Response.json({"data": items(3, 4)}), Response.json({"data": items(5)}))

    outcome = run(mode, paged, lambda c: collect(mode, c.paginate.list_by_offset(limit=2)), base_url=server.url)

    assert outcome.value == [1, 2, 3, 4, 5]
    assert [query(r).get("offset") for r in server.requests] == [None, ["2"], ["4"]]
    assert all(query(r)["limit"] == ["2"] for r in server.requests)


def test_offset_starts_where_asked_and_stops_on_an_empty_page(paged: Any, server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"data": items(11, 12, 13)}), Response.json({"data": []}))

    outcome = run(mode, paged, lambda c: collect(mode, c.paginate.list_by_offset(offset=10)), base_url=server.url)

    assert outcome.value == [11, 12, 13]
    assert [query(r)["offset"] for r in server.requests] == [["10"], ["13"]]


def test_pages_are_fetched_lazily(paged: Any, server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"data": items(1, 2)}))

    outcome = run(mode, paged, lambda c: collect(mode, c.paginate.list_by_offset(limit=2), limit=2), base_url=server.url)

    assert outcome.value == [1, 2] and len(server.requests) == 1


def test_page_numbers(paged: Any, server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"data": items(1)}), Response.json({"data": items(2)}), Response.json({"data": []}))

    outcome = run(mode, paged, lambda c: collect(mode, c.paginate.list_by_page()), base_url=server.url)

    assert outcome.value == [1, 2]
    assert [query(r).get("page") for r in server.requests] == [None, ["2"], ["3"]]


def test_cursor_until_has_more_is_false(paged: Any, server: LoopbackServer, mode: str) -> None:
    server.enqueue(
        Response.json({"data": items(1), "next_cursor": "c2", "has_more": True}),
        Response.json({"data": items(2), "next_cursor": "c3", "has_more": False}),
    )

    outcome = run(mode, paged, lambda c: collect(mode, c.paginate.list_by_cursor(limit=1)), base_url=server.url)

    assert outcome.value == [1, 2]
    assert [query(r).get("cursor") for r in server.requests] == [None, ["c2"]]


def test_cursor_until_it_is_null(paged: Any, server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"data": items(1), "next_cursor": "c2"}), Response.json({"data": items(2), "next_cursor": None}))

    outcome = run(mode, paged, lambda c: collect(mode, c.paginate.list_by_cursor()), base_url=server.url)

    assert outcome.value == [1, 2] and len(server.requests) == 2


def test_next_links_are_followed(server: LoopbackServer, mode: str) -> None:
    pet = {"name": "Rex", "kind": "dog"}
    server.enqueue(
        Response.json({"items": [{**pet, "id": "a"}], "next": f"{server.url}/pets?page=2"}),
        Response.json({"items": [{**pet, "id": "b"}], "next": "/pets?page=3"}),
        Response.json({"items": [{**pet, "id": "c"}], "next": None}),
    )

    outcome = run(mode, sink, lambda c: collect(mode, c.paginate.list_pets(limit=1)), base_url=server.url)

    assert outcome.value == ["a", "b", "c"]
    assert [r.target for r in server.requests] == ["/pets?limit=1", "/pets?page=2", "/pets?page=3"]
    assert all(r.header("X-Api-Key") for r in server.requests)


def test_pages_gives_the_page_responses(paged: Any, server: LoopbackServer) -> None:
    server.enqueue(Response.json({"data": items(1), "total": 2}), Response.json({"data": []}))
    with paged.Client(base_url=server.url) as client:
        pages = list(client.paginate.list_by_offset().pages())
    assert [p.total for p in pages] == [2, None]
