"""The intermediate model: what an API is, independent of the spec's syntax and of Python.

Every class is a frozen dataclass. Schemas are a closed set of kinds matched with `match`; a
reference to a named schema is a `RefType` holding the registry key (file and JSON pointer) of
the `SchemaDef` it names, never a copy, so recursive and forward references need no fixing up.
These classes are also the documented context that templates receive (see docs/templates.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

JsonValue: TypeAlias = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]

PrimitiveName = Literal["string", "integer", "number", "boolean"]
ParameterLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "form", "multipart", "binary", "text", "event-stream", "ndjson"]


@dataclass(frozen=True)
class Primitive:
    """A JSON scalar: `type: string|integer|number|boolean`, with its `format` if any."""

    type: PrimitiveName
    format: str | None = None


@dataclass(frozen=True)
class EnumType:
    """`enum`: a closed list of values in the spec, open to new values at run time."""

    values: tuple[JsonValue, ...]
    varnames: tuple[str, ...] | None = None

    @property
    def value_type(self) -> Literal["str", "int"] | None:
        """`str` or `int` when every value has that JSON type (such enums become classes)."""
        if all(isinstance(v, str) for v in self.values):
            return "str"
        if all(isinstance(v, int) and not isinstance(v, bool) for v in self.values):
            return "int"
        return None


@dataclass(frozen=True)
class ArrayType:
    """`type: array` with its `items` schema."""

    items: SchemaType


@dataclass(frozen=True)
class TupleType:
    """A 3.1 `prefixItems` array of exactly these items, in order (`items: false`)."""

    items: tuple[SchemaType, ...]


@dataclass(frozen=True)
class MapType:
    """An object with no declared properties: `additionalProperties` and `patternProperties`
    give the value type."""

    values: SchemaType


@dataclass(frozen=True)
class Field:
    """One property of a model. Requiredness and nullability are separate facts."""

    name: str
    type: SchemaType
    required: bool
    nullable: bool
    description: str | None = None
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    default: JsonValue = None
    has_default: bool = False


@dataclass(frozen=True)
class ModelType:
    """An object with declared properties. `base` is set for `allOf: [$ref, {...}]`.

    `omitted` names the read-only properties a model sent in requests leaves out: data that has
    them drops them, so they are never sent."""

    fields: tuple[Field, ...]
    additional: SchemaType | None = None
    base: RefType | None = None
    omitted: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnionType:
    """`oneOf`/`anyOf` (or a 3.1 `type` list): a value matching one of the members."""

    members: tuple[SchemaType, ...]
    discriminator: str | None = None
    # (tag value, registry key of the member it selects): the `mapping`, then each member
    # schema's own name for members the mapping does not name (§4.8.25 implicit mapping).
    tags: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ConstType:
    """`const` (or a one-value enum used as a tag): exactly this JSON value."""

    value: JsonValue


@dataclass(frozen=True)
class AnyType:
    """No constraint: any JSON value."""


@dataclass(frozen=True)
class Nullable:
    """The inner type or JSON `null`."""

    inner: SchemaType


@dataclass(frozen=True)
class RefType:
    """A reference to the named schema registered under `key`."""

    key: str


SchemaType: TypeAlias = (
    Primitive
    | EnumType
    | ArrayType
    | TupleType
    | MapType
    | ModelType
    | UnionType
    | ConstType
    | AnyType
    | Nullable
    | RefType
)


@dataclass(frozen=True)
class SchemaDef:
    """A schema that becomes a named thing in the generated code (model, enum or alias).

    `name` is the spec's own name for it (a component name) or, for inline schemas, the
    part that is appended to `parent`'s name (e.g. the property name). `nullable` is set for
    a nullable model or enum: every reference to it also admits `null`. `request_of` is set on
    the request-side copy of a schema used in both directions whose read-only or write-only
    properties make the two shapes differ: it is the key of the decoded one.
    """

    key: str
    location: str
    name: str
    parent: str | None
    schema: SchemaType
    nullable: bool = False
    title: str | None = None
    description: str | None = None
    deprecated: bool = False
    examples: tuple[JsonValue, ...] = ()
    request_of: str | None = None


@dataclass(frozen=True)
class Parameter:
    """An operation parameter (OpenAPI §4.8.12)."""

    name: str
    location: ParameterLocation
    type: SchemaType
    required: bool
    description: str | None = None
    deprecated: bool = False
    style: str | None = None
    explode: bool | None = None
    default: JsonValue = None
    has_default: bool = False


@dataclass(frozen=True)
class Content:
    """One media type of a request body or response."""

    media_type: str
    kind: BodyKind
    type: SchemaType


@dataclass(frozen=True)
class RequestBody:
    required: bool
    contents: tuple[Content, ...]
    description: str | None = None


@dataclass(frozen=True)
class Response:
    """A response for one status code, a range such as `2XX`, or `default`."""

    status: str
    description: str | None
    contents: tuple[Content, ...]


@dataclass(frozen=True)
class SecurityScheme:
    """A `securitySchemes` entry the generated client knows how to apply."""

    name: str
    type: Literal["http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"]
    scheme: str | None = None
    location: Literal["header", "query", "cookie"] | None = None
    parameter_name: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Operation:
    """One HTTP method on one path (OpenAPI §4.8.10)."""

    key: str
    method: str
    path: str
    operation_id: str | None
    summary: str | None
    description: str | None
    tags: tuple[str, ...]
    deprecated: bool
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Api:
    """The whole API: the input to naming and rendering."""

    title: str
    version: str
    description: str | None
    openapi_version: str
    servers: tuple[str, ...]
    schemas: tuple[SchemaDef, ...]
    operations: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...]


def referenced_keys(schema: SchemaType) -> list[str]:
    """Keys of every `RefType` inside a schema (not following the references), last first."""
    found: list[str] = []
    stack: list[SchemaType] = [schema]
    while stack:
        match stack.pop():
            case RefType(key=key):
                found.append(key)
            case ModelType(fields=fields, additional=additional, base=base):
                stack.extend(f.type for f in fields)
                stack.extend(t for t in (additional, base) if t is not None)
            case ArrayType(items=inner) | MapType(values=inner) | Nullable(inner=inner):
                stack.append(inner)
            case TupleType(items=members) | UnionType(members=members):
                stack.extend(members)
    return found
