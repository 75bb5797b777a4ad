"""Waiters and pagination declared in `[tool.oapigen]` for shapes detection does not recognise."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.runtime_support import run  # first: puts the generated packages on the path

from generator.config import load_config  # noqa: E402
from generator.diagnostics import SpecError  # noqa: E402
from generator.pipeline import GenerateRequest, generate  # noqa: E402
from loopback import LoopbackServer, Response  # noqa: E402
from tests.specbuild import spec_with  # noqa: E402


def _json_response(ref: str) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}}


SPEC = spec_with(
    {
        "Render": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "state": {"type": "string"},
                "wait_hint": {"type": "integer"},
                "problem": {"type": "string"},
            },
        },
        "Things": {
            "type": "object",
            "properties": {
                "things": {"type": "array", "items": {"type": "string"}},
                "continuation": {"type": "string", "nullable": True},
            },
        },
    },
    {
        "/renders/{id}": {
            "get": {
                "operationId": "fetchRender",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": _json_response("Render"),
            }
        },
        "/things": {
            "get": {
                "operationId": "browseThings",
                "parameters": [{"name": "from", "in": "query", "schema": {"type": "string"}}],
                "responses": _json_response("Things"),
            }
        },
    },
)

CONFIG = """
[[tool.oapigen.clients]]
spec = "spec.json"
output = "out"
package-name = "declared_api"

[[tool.oapigen.clients.waiters]]
operation = "fetchRender"
name = "wait_until_rendered"
status-field = "state"
success = ["DONE"]
failure = ["BROKEN", "ABORTED"]
interval-field = "wait_hint"
error-field = "problem"

[[tool.oapigen.clients.pagination]]
operation = "browseThings"
style = "cursor"
items = "things"
param = "from"
next-field = "continuation"
"""


def _write(folder: Path, config: str) -> None:
    (folder / "spec.json").write_text(json.dumps(SPEC))
    (folder / "pyproject.toml").write_text(config)


def _generate(folder: Path) -> dict[str, bytes]:
    (client,) = load_config(folder / "pyproject.toml")
    request = GenerateRequest.for_client(client)
    return generate(request).files


@pytest.fixture(scope="module")
def declared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("declared")
    _write(folder, CONFIG)
    for name, content in _generate(folder).items():
        (folder / "out" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "out" / name).write_bytes(content)
    sys.path.insert(0, str(folder / "out"))
    try:
        yield importlib.import_module("declared_api")
    finally:
        sys.path.remove(str(folder / "out"))


def test_without_config_nothing_is_detected(tmp_path: Path) -> None:
    _write(tmp_path, CONFIG.split("[[tool.oapigen.clients.waiters]]")[0])
    client = _generate(tmp_path)["declared_api/client.py"].decode()
    assert "def wait_" not in client and "PageRule(" not in client


def test_declared_waiter(declared: Any) -> None:
    with LoopbackServer() as server:
        server.enqueue(
            Response.json({"id": "r1", "state": "QUEUED_UP", "wait_hint": 4}),
            Response.json({"id": "r1", "state": "BROKEN", "problem": "out of ink"}),
        )
        outcome = run("sync", declared, lambda c: c.wait_until_rendered("r1"), base_url=server.url)
    assert type(outcome.error) is declared.errors.JobFailedError
    assert outcome.error.status == "BROKEN" and outcome.error.error == "out of ink"
    assert outcome.sleeps == [4.0]


def test_declared_pagination(declared: Any) -> None:
    with LoopbackServer() as server:
        server.enqueue(
            Response.json({"things": ["a", "b"], "continuation": "t2"}),
            Response.json({"things": ["c"], "continuation": None}),
        )
        outcome = run("sync", declared, lambda c: list(c.paginate.browse_things()), base_url=server.url)
        assert [r.target for r in server.requests] == ["/things", "/things?from=t2"]
    assert outcome.value == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("change", "location", "message"),
    [
        (("fetchRender", "nope"), "waiters[0].operation", "no operation has operationId 'nope'"),
        (('status-field = "state"', 'status-field = "phase"'), "waiters[0].status-field", "'phase' is not a property of the response"),
        (('name = "wait_until_rendered"', 'name = "class"'), "waiters[0].name", "'class' is not a free method name"),
        (('name = "wait_until_rendered"', 'name = "fetch_render"'), "waiters[0].name", "'fetch_render' is not a free method name"),
        (('success = ["DONE"]', 'success = "DONE"'), "waiters[0].success", "must be a list, not a string"),
        (('style = "cursor"', 'style = "magic"'), "pagination[0].style", "must be one of 'cursor', 'offset', 'page', 'next', not 'magic'"),
        (('items = "things"', 'items = "continuation"'), "pagination[0].items", "'continuation' is not a list property"),
        (('param = "from"', 'param = "to"'), "pagination[0].param", "'to' is not a query parameter of 'browseThings'"),
        (('next-field = "continuation"', 'colour = "red"'), "pagination[0]", "unknown key 'colour'"),
    ],
)
def test_config_errors_are_located(tmp_path: Path, change: tuple[str, str], location: str, message: str) -> None:
    _write(tmp_path, CONFIG.replace(*change))
    with pytest.raises(SpecError) as info:
        _generate(tmp_path)
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.location.endswith(f"[tool.oapigen].clients[0].{location}")
    assert message in diagnostic.message
