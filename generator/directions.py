"""`readOnly` and `writeOnly` (OpenAPI 3.1 §4.8.24, 3.0 §4.7.24): each model in the shape of the
direction it travels in. Runs on the selected operations, before naming.

- A model the client decodes (from responses, webhook and callback payloads, or a schema no
  operation uses) never requires a write-only property: the server does not return it.
- A model the client sends (in a request body or a parameter) has no read-only properties.
- A schema used in both directions whose two shapes differ (it, or a schema it refers to, has
  a read-only property or a required write-only one) keeps its decoded shape under its own name
  and gets a second definition for requests, named `{Name}Request` by the naming pass. Request
  bodies and parameters refer to that one, and so do the other request-side definitions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from generator.ir import (
    Api,
    ArrayType,
    Field,
    MapType,
    ModelType,
    Nullable,
    Operation,
    RefType,
    SchemaDef,
    SchemaType,
    TupleType,
    UnionType,
    referenced_keys,
)

# Appended to a schema's registry key for its request-side definition. No registry key ends
# with it: a JSON pointer writes `~` only as `~0` or `~1`.
REQUEST_KEY_SUFFIX = "~request"


def apply_directions(api: Api) -> Api:
    """`api` with each model shaped for the direction it is used in (see the module docstring)."""
    defs = {d.key: d for d in api.schemas}
    uses = {key: set(referenced_keys(d.schema)) for key, d in defs.items()}  # walked once
    sent = _reachable(_sent_roots(api.operations), uses)
    received_roots: list[SchemaType] = [c.type for op in api.operations for r in op.responses for c in r.contents]
    used = sent | _reachable(received_roots, uses)
    received = _reachable(received_roots + [RefType(k) for k in defs if k not in used], uses)
    split = sent & received & _differing(defs, uses)

    def request_side(key: str) -> str:
        return key + REQUEST_KEY_SUFFIX if key in split else key

    schemas: list[SchemaDef] = []
    for definition in api.schemas:
        if definition.key in received:
            schemas.append(replace(definition, schema=_decoded_shape(definition.schema)))
        else:
            schemas.append(replace(definition, schema=_sent_shape(definition.schema, request_side)))
        if definition.key in split:
            schemas.append(
                replace(
                    definition,
                    key=request_side(definition.key),
                    schema=_sent_shape(definition.schema, request_side),
                    request_of=definition.key,
                    examples=(),
                )
            )
    operations = tuple(_sent_operation(op, request_side) for op in api.operations)
    return replace(api, schemas=tuple(schemas), operations=operations)


def _sent_roots(operations: Iterable[Operation]) -> list[SchemaType]:
    roots: list[SchemaType] = []
    for op in operations:
        roots.extend(p.type for p in op.parameters)
        if op.request_body is not None:
            roots.extend(c.type for c in op.request_body.contents)
    return roots


def _reachable(roots: Iterable[SchemaType], uses: dict[str, set[str]]) -> set[str]:
    """Keys of every definition the `roots` refer to, directly or through other definitions
    (`uses`: the keys each definition refers to)."""
    found: set[str] = set()
    stack = [key for root in roots for key in referenced_keys(root)]
    while stack:
        key = stack.pop()
        if key in found or key not in uses:
            continue
        found.add(key)
        stack.extend(uses[key])
    return found


def _differs_itself(schema: SchemaType) -> bool:
    return isinstance(schema, ModelType) and any(f.read_only or (f.write_only and f.required) for f in schema.fields)


def _differing(defs: dict[str, SchemaDef], uses: dict[str, set[str]]) -> set[str]:
    """Definitions whose request shape differs from their decoded shape, or that refer to one."""
    differing = {key for key, d in defs.items() if _differs_itself(d.schema)}
    grown = True
    while grown:
        more = {key for key, refs in uses.items() if key not in differing and refs & differing}
        differing |= more
        grown = bool(more)
    return differing


def _decoded_shape(schema: SchemaType) -> SchemaType:
    """A decoded model: write-only properties are never required."""
    if not isinstance(schema, ModelType) or not any(f.write_only and f.required for f in schema.fields):
        return schema
    return replace(schema, fields=tuple(replace(f, required=False) if f.write_only else f for f in schema.fields))


def _sent_shape(schema: SchemaType, request_side: Callable[[str], str]) -> SchemaType:
    """A sent model: no read-only properties, and references to request-side definitions."""
    if isinstance(schema, ModelType):
        fields = tuple(_sent_field(f, request_side) for f in schema.fields if not f.read_only)
        base = RefType(request_side(schema.base.key)) if schema.base is not None else None
        additional = _redirect(schema.additional, request_side) if schema.additional is not None else None
        return ModelType(fields, additional, base, tuple(f.name for f in schema.fields if f.read_only))
    return _redirect(schema, request_side)


def _sent_field(field: Field, request_side: Callable[[str], str]) -> Field:
    return replace(field, type=_redirect(field.type, request_side))


def _redirect(schema: SchemaType, request_side: Callable[[str], str]) -> SchemaType:
    """`schema` with every reference pointing at its request-side definition."""
    match schema:
        case RefType(key=key):
            return RefType(request_side(key))
        case Nullable(inner=inner):
            return Nullable(_redirect(inner, request_side))
        case ArrayType(items=items):
            return ArrayType(_redirect(items, request_side))
        case TupleType(items=items):
            return TupleType(tuple(_redirect(item, request_side) for item in items))
        case MapType(values=values):
            return MapType(_redirect(values, request_side))
        case UnionType(members=members, discriminator=discriminator, tags=tags):
            return UnionType(
                tuple(_redirect(m, request_side) for m in members),
                discriminator,
                tuple((value, request_side(key)) for value, key in tags),
            )
        case _:
            return schema


def _sent_operation(op: Operation, request_side: Callable[[str], str]) -> Operation:
    parameters = tuple(replace(p, type=_redirect(p.type, request_side)) for p in op.parameters)
    body = op.request_body
    if body is not None:
        contents = tuple(replace(c, type=_redirect(c.type, request_side)) for c in body.contents)
        body = replace(body, contents=contents)
    return replace(op, parameters=parameters, request_body=body)
