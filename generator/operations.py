"""Paths and operations (OpenAPI §4.8.8–§4.8.17) to IR operations."""

from __future__ import annotations

import re
from typing import Any, cast

from generator.defaults import fit_default
from generator.diagnostics import Diagnostics, SpecError
from generator.ir import (
    AnyType,
    BodyKind,
    Content,
    Operation,
    Parameter,
    ParameterLocation,
    Primitive,
    RequestBody,
    Response,
    SchemaType,
)
from generator.refs import Node, Resolver
from generator.schemas import SchemaBuilder, _text

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LOCATIONS = ("path", "query", "header", "cookie")
# A response key (§4.8.16): an HTTP status code, a range such as `2XX`, or `default`.
_STATUS = re.compile(r"[1-5][0-9][0-9]|[1-5]XX")


def body_kind(media_type: str, schema: Any) -> BodyKind:
    """How a media type is encoded on the wire, from its name (and the schema for `*/*`)."""
    mt = media_type.split(";", 1)[0].strip().lower()
    if mt == "application/json" or mt.endswith("+json") or mt == "text/json":
        return "json"
    if mt == "application/x-www-form-urlencoded":
        return "form"
    if mt.startswith("multipart/"):
        return "multipart"
    if mt == "text/event-stream":
        return "event-stream"
    if mt in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines"):
        return "ndjson"
    if mt.startswith("text/") or mt.endswith("/xml") or mt.endswith("+xml"):
        return "text"
    if isinstance(schema, dict) and schema.get("type") in ("object", "array") or "json" in mt:
        return "json"
    return "binary"


class OperationBuilder:
    """Builds `Operation`s from `paths`, using a shared `SchemaBuilder` for every schema."""

    def __init__(self, resolver: Resolver, schemas: SchemaBuilder, diagnostics: Diagnostics) -> None:
        self._resolver = resolver
        self._schemas = schemas
        self._diag = diagnostics

    def _follow(self, node: Node) -> Node | None:
        try:
            return self._resolver.follow(node)
        except SpecError as exc:
            self._diag.items.extend(exc.diagnostics)
            return None

    def build_all(self, root: Node, default_security: tuple[tuple[str, ...], ...]) -> list[Operation]:
        paths = root.get("paths")
        if paths is None:
            return []
        if not isinstance(paths.value, dict):
            self._diag.error(paths.location, "paths must be an object")
            return []
        operations = []
        for path, item in paths.items():
            if not path.startswith("/"):
                self._diag.warning(item.location, f"path {path!r} does not start with '/'")
            resolved = self._follow(item)
            if resolved is None or not isinstance(resolved.value, dict):
                continue
            shared = self._parameters(resolved.get("parameters"))
            for method in METHODS:
                # An operation may itself be a `$ref` (not in the spec, but multi-file specs do it).
                op = resolved.get(method)
                op = self._follow(op) if op is not None else None
                if op is None:
                    continue
                if not isinstance(op.value, dict):
                    self._diag.error(op.location, "operation must be an object")
                    continue
                operations.append(self._operation(op, path, method, shared, default_security))
        return operations

    def build_payloads(self, root: Node) -> None:
        """Models for what webhooks deliver (3.1 `webhooks`, `x-webhooks`): schemas, no methods."""
        for keyword in ("webhooks", "x-webhooks"):
            hooks = root.get(keyword)
            if hooks is None or not isinstance(hooks.value, dict):
                continue
            for name, item in hooks.items():
                self._payloads(item, owner=item.key, hint=f"{name}_webhook")

    def _callbacks(self, node: Node | None, owner: str) -> None:
        """Models for what an operation's callbacks deliver (§4.8.18), named after the operation."""
        for name, callback in node.items() if node is not None else ():
            resolved = self._follow(callback)
            for _, item in resolved.items() if resolved is not None else ():
                self._payloads(item, owner, hint=f"{name}_callback")

    def _payloads(self, item: Node, owner: str, hint: str) -> None:
        """Register the request body schemas of a path item that the server calls, not the client."""
        resolved = self._follow(item)
        if resolved is None or not isinstance(resolved.value, dict):
            return
        for method in METHODS:
            op = resolved.get(method)
            if op is not None and isinstance(op.value, dict):
                body = op.get("requestBody")
                target = self._follow(body) if body is not None else None
                if target is not None and isinstance(target.value, dict):
                    self._contents(target.get("content"), owner, hint)

    def _operation(
        self,
        node: Node,
        path: str,
        method: str,
        shared: list[tuple[Node, dict[str, Any]]],
        default_security: tuple[tuple[str, ...], ...],
    ) -> Operation:
        value = node.value
        own = self._parameters(node.get("parameters"))
        merged: dict[tuple[str, str], tuple[Node, dict[str, Any]]] = {}
        for param_node, param in shared + own:
            merged[(param["name"], param["in"])] = (param_node, param)
        params = tuple(self._parameter(n, p, node.key) for n, p in merged.values())
        self._callbacks(node.get("callbacks"), node.key)
        op_id = value.get("operationId")
        tags = value.get("tags")
        return Operation(
            key=node.key,
            method=method.upper(),
            path=path,
            operation_id=op_id if isinstance(op_id, str) and op_id.strip() else None,
            summary=_text(value.get("summary")),
            description=_text(value.get("description")),
            tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
            deprecated=value.get("deprecated") is True,
            parameters=params,
            request_body=self._request_body(node.get("requestBody"), node.key),
            responses=self._responses(node.get("responses"), node.key),
            security=_security(value.get("security"), default_security),
        )

    def _parameters(self, node: Node | None) -> list[tuple[Node, dict[str, Any]]]:
        if node is None:
            return []
        if not isinstance(node.value, list):
            self._diag.error(node.location, "parameters must be an array")
            return []
        found = []
        for element in node.elements():
            param = self._follow(element)
            if param is None:
                continue
            value = param.value
            if not isinstance(value, dict) or not isinstance(value.get("name"), str) or value.get("in") not in LOCATIONS:
                self._diag.error(element.location, "parameter needs a string 'name' and 'in' of path, query, header or cookie")
                continue
            found.append((param, value))
        return found

    def _parameter(self, node: Node, value: dict[str, Any], owner: str) -> Parameter:
        schema_node = node.get("schema")
        content = node.get("content")
        if schema_node is None and content is not None and isinstance(content.value, dict) and content.value:
            first = next(iter(content.items()))[1]
            schema_node = first.get("schema")
        type_: SchemaType = AnyType()
        if schema_node is not None:
            type_ = self._schemas.build(schema_node, owner, value["name"])
        elif content is None:
            type_ = Primitive("string")
        location = cast(ParameterLocation, value["in"])
        if location == "path" and value.get("required") is not True:
            self._diag.error(node.location, f"path parameter {value['name']!r} must have `required: true`")
        explode = value.get("explode")
        style = value.get("style")
        default, has_default = self._parameter_default(schema_node, type_)
        return Parameter(
            name=value["name"],
            location=location,
            type=type_,
            required=value.get("required") is True or location == "path",
            description=_text(value.get("description")),
            deprecated=value.get("deprecated") is True,
            style=style if isinstance(style, str) else None,
            explode=explode if isinstance(explode, bool) else None,
            default=default,
            has_default=has_default,
        )

    def _parameter_default(self, schema_node: Node | None, type_: SchemaType) -> tuple[Any, bool]:
        """A parameter's default, made to fit its schema; an invalid one is an error."""
        schema = self._follow(schema_node) if schema_node is not None else None
        if schema is None or not isinstance(schema.value, dict) or "default" not in schema.value:
            return None, False
        given = schema.value["default"]
        default, problem = fit_default(given, type_)
        if problem is not None:
            self._diag.error(schema.location + "/default", problem)
        return default, default is not None or given is None

    def _contents(self, node: Node | None, owner: str, hint: str) -> tuple[Content, ...]:
        if node is None or not isinstance(node.value, dict):
            return ()
        contents = []
        for media_type, media in node.items():
            schema_node = media.get("schema") if isinstance(media.value, dict) else None
            schema_value = schema_node.value if schema_node is not None else None
            if schema_node is not None and isinstance(schema_value, dict) and "$ref" in schema_value:
                target = self._follow(schema_node)
                schema_value = target.value if target is not None else None
            kind = body_kind(media_type, schema_value)
            type_: SchemaType = AnyType()
            if schema_node is not None:
                type_ = self._schemas.build(schema_node, owner, hint)
            contents.append(Content(media_type, kind, type_))
        return tuple(contents)

    def _request_body(self, node: Node | None, owner: str) -> RequestBody | None:
        if node is None:
            return None
        body = self._follow(node)
        if body is None or not isinstance(body.value, dict):
            return None
        contents = self._contents(body.get("content"), owner, "body")
        if not contents:
            return None
        return RequestBody(
            required=body.value.get("required") is True,
            contents=contents,
            description=_text(body.value.get("description")),
        )

    def _responses(self, node: Node | None, owner: str) -> tuple[Response, ...]:
        if node is None or not isinstance(node.value, dict):
            return ()
        responses = []
        for status, element in node.items():
            response = self._follow(element)
            if response is None or not isinstance(response.value, dict):
                continue
            status_text = str(status).upper() if str(status).lower() != "default" else "default"
            if status_text != "default" and not _STATUS.fullmatch(status_text):
                self._diag.error(
                    element.location, f"response status {status!r} is not a status code, a range like 2XX, or default"
                )
                continue
            responses.append(
                Response(
                    status=status_text,
                    description=_text(response.value.get("description")),
                    contents=self._contents(response.get("content"), owner, f"response_{status_text.lower()}"),
                )
            )
        return tuple(responses)


def _security(value: Any, default: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Security requirements as alternatives, each a tuple of scheme names (§4.8.30)."""
    if not isinstance(value, list):
        return default
    return tuple(tuple(str(k) for k in req) for req in value if isinstance(req, dict))
