"""Pagination: find list operations that page, and how to ask for the next page.

Detected from a GET's query parameters and its JSON response model: the items are the model's
list field (`data`, `items`, `results`, … or its only list); the position is a cursor parameter
fed from a response field (`next_cursor`, …), an `offset`, a `page` number, or a `next` link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

from generator.config import PaginationConfig
from generator.diagnostics import SpecError
from generator.ir import Api, ArrayType, Field, ModelType, Nullable, Operation, RefType, SchemaDef, SchemaType

PageKind = Literal["cursor", "offset", "page", "next"]
ITEM_FIELDS = ("data", "items", "results", "records", "entries", "objects")
CURSOR_PARAMS = ("cursor", "after", "starting_after", "page_token", "next_token", "continuation_token")
CURSOR_FIELDS = ("next_cursor", "next_page_token", "next_token", "cursor", "after")
NEXT_FIELDS = ("next", "next_url", "next_page_url")
OFFSET_PARAMS = ("offset", "skip")
PAGE_PARAMS = ("page", "page_number")
LIMIT_PARAMS = ("limit", "page_size", "per_page", "size", "count", "max_results")


@dataclass(frozen=True)
class PagingSpec:
    """How one operation pages. Parameter names are the spec's; field names are the model's."""

    operation_key: str
    kind: PageKind
    model_key: str
    items_field: str
    items_type: SchemaType
    position_param: str | None
    next_field: str | None
    has_more_field: str | None
    limit_param: str | None


def detect_pagination(api: Api, configs: tuple[PaginationConfig, ...] = ()) -> tuple[PagingSpec, ...]:
    """The declared paging shapes, then every other GET whose parameters and response match one."""
    defs = {d.key: d for d in api.schemas}
    declared = tuple(_configured(api, config, defs) for config in configs)
    keys = {spec.operation_key for spec in declared}
    found = (_detect(op, defs) for op in api.operations if op.method == "GET" and op.key not in keys)
    return declared + tuple(spec for spec in found if spec is not None)


def operation_by_id(api: Api, operation_id: str, where: str) -> Operation:
    """The operation with this operationId; a located error when there is none."""
    for op in api.operations:
        if op.operation_id == operation_id:
            return op
    raise SpecError.single(where, f"no operation has operationId {operation_id!r}")


def model_fields(op: Operation, defs: dict[str, SchemaDef], where: str) -> tuple[SchemaDef, dict[str, Field]]:
    """The success response model of an operation and its fields (with inherited ones)."""
    definition = defs.get(success_model_key(op) or "")
    if definition is None or not isinstance(definition.schema, ModelType):
        raise SpecError.single(where, f"{op.method} {op.path} has no JSON object response to read")
    fields: dict[str, Field] = {}
    model: ModelType | None = definition.schema
    while model is not None:
        fields = {**{f.name: f for f in model.fields}, **fields}
        base = defs.get(model.base.key) if model.base else None
        model = base.schema if base is not None and isinstance(base.schema, ModelType) else None
    return definition, fields


def _configured(api: Api, config: PaginationConfig, defs: dict[str, SchemaDef]) -> PagingSpec:
    op = operation_by_id(api, config.operation, f"{config.where}.operation")
    definition, fields = model_fields(op, defs, f"{config.where}.operation")
    items_type = _array_items(fields[config.items].type, defs) if config.items in fields else None
    if items_type is None:
        raise SpecError.single(f"{config.where}.items", f"{config.items!r} is not a list property of the response")
    params = {p.name for p in op.parameters if p.location == "query"}
    for key, name in (("param", config.param), ("limit-param", config.limit_param)):
        if name is not None and name not in params:
            raise SpecError.single(f"{config.where}.{key}", f"{name!r} is not a query parameter of {config.operation!r}")
    for key, name in (("next-field", config.next_field), ("has-more-field", config.has_more_field)):
        if name is not None and name not in fields:
            raise SpecError.single(f"{config.where}.{key}", f"{name!r} is not a property of the response")
    needs = {"cursor": ("param", "next-field"), "offset": ("param",), "page": ("param",), "next": ("next-field",)}
    given = {"param": config.param, "next-field": config.next_field}
    for key in needs[config.style]:
        if given[key] is None:
            raise SpecError.single(config.where, f"style {config.style!r} needs {key!r}")
    return PagingSpec(
        op.key,
        cast(PageKind, config.style),  # one of PAGINATION_STYLES: checked when the config was read
        definition.key,
        config.items,
        items_type,
        config.param if config.style != "next" else None,
        config.next_field,
        config.has_more_field,
        config.limit_param,
    )


def _detect(op: Operation, defs: dict[str, SchemaDef]) -> PagingSpec | None:
    model_key = success_model_key(op)
    definition = defs.get(model_key or "")
    if definition is None or not isinstance(definition.schema, ModelType):
        return None
    fields = {f.name: f for f in definition.schema.fields}
    items = _items_field(fields, defs)
    if items is None:
        return None
    params = {p.name for p in op.parameters if p.location == "query"}
    limit = next((name for name in LIMIT_PARAMS if name in params), None)
    has_more = "has_more" if "has_more" in fields else None
    kind, position, next_field = _shape(params, fields)
    if kind is None:
        return None
    items_type = _array_items(fields[items].type, defs)
    assert items_type is not None
    return PagingSpec(op.key, kind, definition.key, items, items_type, position, next_field, has_more, limit)


def _shape(params: set[str], fields: dict[str, Field]) -> tuple[PageKind | None, str | None, str | None]:
    cursor = next((name for name in CURSOR_PARAMS if name in params), None)
    cursor_field = next((name for name in CURSOR_FIELDS if name in fields), None)
    if cursor and cursor_field:
        return "cursor", cursor, cursor_field
    offset = next((name for name in OFFSET_PARAMS if name in params), None)
    if offset:
        return "offset", offset, None
    page = next((name for name in PAGE_PARAMS if name in params), None)
    if page:
        return "page", page, None
    next_link = next((name for name in NEXT_FIELDS if name in fields), None)
    if next_link:
        return "next", None, next_link
    return None, None, None


def success_model_key(op: Operation) -> str | None:
    """The schema key of the first JSON `$ref` model among the operation's success responses."""
    for response in op.responses:
        if response.status.startswith("2"):
            for content in response.contents:
                if content.kind == "json" and isinstance(content.type, RefType):
                    return content.type.key
    return None


def _items_field(fields: dict[str, Field], defs: dict[str, SchemaDef]) -> str | None:
    lists = [name for name, f in fields.items() if _array_items(f.type, defs) is not None]
    named = [name for name in ITEM_FIELDS if name in lists]
    if named:
        return named[0]
    return lists[0] if len(lists) == 1 else None


def _array_items(schema: SchemaType, defs: dict[str, SchemaDef]) -> SchemaType | None:
    for _ in range(10):
        if isinstance(schema, Nullable):
            schema = schema.inner
        elif isinstance(schema, RefType) and schema.key in defs:
            schema = defs[schema.key].schema
        else:
            break
    return schema.items if isinstance(schema, ArrayType) else None
