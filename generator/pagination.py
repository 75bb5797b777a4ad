"""Pagination: find list operations that page, and how to ask for the next page.

Detected from a GET's query parameters and its JSON response model: the items are the model's
list field (`data`, `items`, `results`, … or its only list); the position is a cursor parameter
fed from a response field (`next_cursor`, …), an `offset`, a `page` number, or a `next` link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


def detect_pagination(api: Api) -> tuple[PagingSpec, ...]:
    """Every GET operation whose parameters and response match a paging shape."""
    defs = {d.key: d for d in api.schemas}
    found = (_detect(op, defs) for op in api.operations if op.method == "GET")
    return tuple(spec for spec in found if spec is not None)


def _detect(op: Operation, defs: dict[str, SchemaDef]) -> PagingSpec | None:
    model_key = _response_model(op)
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


def _response_model(op: Operation) -> str | None:
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
