"""Every operation of the gateway client against the real Prism mock server.

Prism (npm `@stoplight/prism-cli`, pinned in package.json, installed by `npm ci`) serves
specs/ai-stats-gateway.yaml on 127.0.0.1. Each operation is called through the generated client
with arguments made from the spec's schemas; Prism validates the request (a violation comes back
in the `sl-violations` header or as an error status) and the response it sends must decode with
our models. A missing Prism fails the test: it is never skipped.
"""

from __future__ import annotations

import functools
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tests.runtime_support import ROOT

sys.path.insert(0, str(ROOT / "out" / "ai-stats-gateway"))

import ai_stats_gateway as gateway  # noqa: E402
from generator import __version__  # noqa: E402
from generator.context import build_context  # noqa: E402
from generator.naming import resolve_names  # noqa: E402
from generator.pipeline import load_api  # noqa: E402

pytestmark = pytest.mark.slow

SPEC = ROOT / "specs" / "ai-stats-gateway.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
DOCUMENT = yaml.safe_load(SPEC.read_text())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed ({PRISM} missing): run `npm ci` at the repository root")
    port = _free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        assert process.stdout is not None
        for line in process.stdout:
            if "Prism is listening" in line:
                break
            if time.monotonic() > deadline:
                pytest.fail("Prism did not start within 120 s")
        else:
            pytest.fail(f"Prism exited with {process.wait()} before listening")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


# -- values made from schemas ---------------------------------------------------------------------

# Patterns are not solved: each one in the spec gets a hand-picked value (a new one fails the test).
PATTERNS = {"^@[a-zA-Z0-9][a-zA-Z0-9_.-]*$": "@preset-1", "^[a-z0-9][a-z0-9_-]{2,39}$": "publisher-1"}
FORMATS = {
    "date-time": "2024-05-01T10:00:00Z",
    "date": "2024-05-01",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "dev@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
}


def resolve(schema: Any) -> Any:
    """Follow local `$ref`s."""
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = DOCUMENT
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def example(schema: Any, depth: int = 0) -> Any:
    """A value valid against `schema`: its example, else one built from its type."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 12:
        return "x"
    for key in ("const", "example", "default"):
        if key in schema and schema[key] is not None:
            return schema[key]
    if schema.get("examples") and isinstance(schema["examples"], list):
        return schema["examples"][0]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if "properties" in schema:
        return _object(schema, depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [resolve(s) for s in schema[key]]
            options = [s for s in options if s.get("type") != "null"] or options
            return example(options[0], depth + 1)
    return _typed(schema, depth)


def _object(schema: dict[str, Any], depth: int) -> dict[str, Any]:
    """Required properties (with those of a first `anyOf`/`oneOf` branch), then enough for minProperties."""
    properties = schema.get("properties", {})
    required = list(schema.get("required", []))
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key) or [{}]
        required += [name for name in resolve(branches[0]).get("required", []) if name not in required]
    wanted = list(required) + [name for name in properties if name not in required]
    count = max(len(required), schema.get("minProperties", 0))
    value = {name: example(properties.get(name, {}), depth + 1) for name in wanted[:count]}
    extra = schema.get("additionalProperties")
    while len(value) < count and extra not in (None, False):
        value[f"key{len(value)}"] = example(extra if isinstance(extra, dict) else {}, depth + 1)
    return value


def _typed(schema: dict[str, Any], depth: int) -> Any:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        return _object(schema, depth)
    if kind == "array":
        return [example(schema.get("items", {}), depth + 1) for _ in range(max(1, schema.get("minItems", 1)))]
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        value = max(1, low if isinstance(low, (int, float)) else 1)
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if "pattern" in schema:
        return PATTERNS.get(schema["pattern"], "x")
    if schema.get("format") == "binary":
        return b"binary"
    if schema.get("format") in FORMATS:
        return FORMATS[schema["format"]]
    return "x" * max(1, schema.get("minLength", 1))


# -- the calls --------------------------------------------------------------------------------------


def _statuses(view: Any) -> set[str]:
    return {r.response.status for r in view.responses}


def _calls() -> list[tuple[str, set[str], Any]]:
    """(method name, response statuses, a function making its arguments) for every operation."""
    api, _ = load_api(SPEC)
    names = resolve_names(api)
    context = build_context(api, names, "ai_stats_gateway", __version__)
    calls = []
    for view in context.operations:
        op = view.operation
        raw = DOCUMENT["paths"][op.path][op.method.lower()]
        params = {(p["in"], p["name"]): p for p in map(resolve, raw.get("parameters", []) + DOCUMENT["paths"][op.path].get("parameters", []))}
        calls.append((view.name, _statuses(view), functools.partial(_arguments, view, raw, params)))
    return calls


def _arguments(view: Any, raw: dict[str, Any], params: dict[tuple[str, str], Any]) -> tuple[list[Any], dict[str, Any]]:
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for p in view.parameters:
        spec = params[(p.location, p.parameter.name)]
        if p.location == "path":
            positional.append(example(spec.get("schema", {})))
        elif p.required:
            keywords[p.name] = example(spec.get("schema", {}))
    if view.body is not None:
        media = resolve(raw["requestBody"])["content"][view.body.content.media_type]
        keywords["body"] = _body(view.body.annotation, view.body.kind, media)
    return positional, keywords


def _body(annotation: str, kind: str, media: dict[str, Any]) -> Any:
    if kind == "binary":
        return b"\x00\x01binary"
    value = example(media.get("schema", {}))
    if annotation.startswith("models.") and " " not in annotation:
        return getattr(gateway.models, annotation.removeprefix("models.")).model_validate(value)
    return value


CALLS = _calls()


def test_every_operation_is_called() -> None:
    assert len(CALLS) == 179


@pytest.mark.parametrize(("name", "statuses", "arguments"), CALLS, ids=[c[0] for c in CALLS])
def test_operation_against_prism(prism: str, name: str, statuses: set[str], arguments: Any) -> None:
    positional, keywords = arguments()
    with gateway.Client(api_key="sk-prism", base_url=prism, max_retries=0) as client:
        call = getattr(client.with_raw_response, name)
        successes = {s for s in statuses if s.startswith("2")}
        if "101" in statuses and not successes:
            # A WebSocket upgrade: Prism switches protocols, which an HTTP client cannot follow.
            with pytest.raises(gateway.errors.ApiConnectionError, match="connection failed: RemoteProtocolError"):
                call(*positional, **keywords)
            return
        if not successes:
            # The spec declares only errors (e.g. list_files: "not supported"): Prism sends one.
            with pytest.raises(gateway.errors.ApiStatusError) as info:
                call(*positional, **keywords)
            assert info.value.headers.get("sl-violations") is None, info.value.headers["sl-violations"]
            assert isinstance(info.value.body, gateway.models.BaseModel), info.value.body
            return
        try:
            raw = call(*positional, **keywords)
        except gateway.errors.ApiStatusError as exc:
            violations = exc.headers.get("sl-violations")
            pytest.fail(f"{name}: HTTP {exc.status_code}: {violations or exc.body}")
        assert raw.headers.get("sl-violations") is None, raw.headers["sl-violations"]
        raw.parse()
