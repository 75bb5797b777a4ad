"""The naming pass: every nameable thing in the IR gets a Python name, deterministically.

Input is the whole `Api`; output is `Names`, mapping registry keys and operation keys to names.
Component schemas are named before inline ones, each group in spec order, so an inline name
never takes a component's name and names stay put when unrelated parts of the spec change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.identifiers import BUILTINS, avoid, pascal_case, snake_case, unique, upper_snake
from generator.ir import (
    Api,
    ArrayType,
    EnumType,
    MapType,
    ModelType,
    Nullable,
    Operation,
    Primitive,
    SchemaDef,
    SchemaType,
    TupleType,
    UnionType,
)

# Names the generated models module defines or imports itself.
RESERVED_CLASS_NAMES = frozenset(
    {"Any", "Annotated", "BaseModel", "Field", "Literal", "OpenEnum", "OpenIntEnum", "TypeAlias", "Union"}
    | {"Decimal", "UUID", "Enum", "ConfigDict", "JsonValue", "Discriminator", "Tag", "TypeAdapter", "Strict"}
    | {"DateTime", "Date", "WireDateTime", "WireDate"}
) | BUILTINS
# Attributes of pydantic.BaseModel (and our base class) that a field must not shadow.
RESERVED_FIELD_NAMES = frozenset(
    {"construct", "copy", "dict", "json", "parse_file", "parse_obj", "parse_raw", "schema", "schema_json"}
    | {"update_forward_refs", "validate", "from_orm", "fields", "from_dict", "to_dict", "to_json", "from_json"}
    | {"self", "cls"}
)
# Names the generated client classes define.
RESERVED_METHOD_NAMES = frozenset(
    {"close", "aclose", "with_options", "base_url", "api_key", "timeout", "max_retries", "request"}
)
_BUILTIN_OF = {"string": "str", "integer": "int", "number": "int", "boolean": "bool"}
# Names an operation method's own signature uses.
RESERVED_PARAMETER_NAMES = frozenset({"self", "body", "options"})


@dataclass(frozen=True)
class Names:
    """The result of naming: look-ups from IR keys to Python identifiers."""

    classes: dict[str, str] = field(default_factory=dict)
    methods: dict[str, str] = field(default_factory=dict)
    fields: dict[tuple[str, str], str] = field(default_factory=dict)
    parameters: dict[tuple[str, str, str], str] = field(default_factory=dict)
    members: dict[tuple[str, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class NameOverrides:
    """Names pinned by configuration: schema and operation names as they appear in the spec."""

    schemas: dict[str, str] = field(default_factory=dict)
    operations: dict[str, str] = field(default_factory=dict)


def resolve_names(api: Api, overrides: NameOverrides | None = None) -> Names:
    """Name every operation, schema, field, parameter and enum member of `api`."""
    overrides = overrides or NameOverrides()
    names = Names()
    _name_operations(api.operations, overrides, names)
    _name_schemas(api.schemas, overrides, names)
    for definition in api.schemas:
        if isinstance(definition.schema, ModelType) and definition.request_of is None:
            _name_fields(definition, names)
    for definition in api.schemas:
        if isinstance(definition.schema, ModelType) and definition.request_of is not None:
            _copy_field_names(definition, names)
        elif isinstance(definition.schema, EnumType):
            _name_members(definition.key, definition.schema, names)
    for op in api.operations:
        _name_parameters(op, names)
    return names


def operation_base_name(op: Operation) -> str:
    """The spec's name for an operation: its operationId, else method and path."""
    return op.operation_id or f"{op.method.lower()} {op.path}"


def _name_operations(operations: tuple[Operation, ...], overrides: NameOverrides, names: Names) -> None:
    taken: set[str] = set()
    reserved = RESERVED_METHOD_NAMES | {n for n in BUILTINS if n.startswith("_")}
    for op in operations:
        base = operation_base_name(op)
        pinned = overrides.operations.get(base)
        name = snake_case(pinned or base, fallback="operation")
        name = avoid(name, reserved)
        names.methods[op.key] = unique(name, taken, "_")


def _name_schemas(defs: tuple[SchemaDef, ...], overrides: NameOverrides, names: Names) -> None:
    """Components, then inline schemas, then request-side copies (`{Name}Request`), which so
    never take a name the spec's own schemas would get."""
    taken: set[str] = set()
    by_key = {d.key: d for d in defs}
    own = [d for d in defs if d.request_of is None]
    inline = sorted((d for d in own if d.parent is not None), key=lambda d: _depth(d, by_key))
    ordered = [d for d in own if d.parent is None] + inline
    for definition in ordered:
        pinned = overrides.schemas.get(definition.name) if definition.parent is None else None
        base = pascal_case(pinned or _proposed(definition, by_key, names))
        if base in RESERVED_CLASS_NAMES:
            base += "Model"
        names.classes[definition.key] = unique(base, taken)
    for definition in defs:
        if definition.request_of is not None:
            names.classes[definition.key] = unique(names.classes[definition.request_of] + "Request", taken)


def _depth(definition: SchemaDef, by_key: dict[str, SchemaDef]) -> int:
    """How many inline ancestors a schema has (parents are named before their children)."""
    depth = 0
    while definition.parent in by_key:
        definition = by_key[definition.parent]
        depth += 1
    return depth


def _proposed(definition: SchemaDef, by_key: dict[str, SchemaDef], names: Names) -> str:
    """`{Parent}{Name}` for inline schemas (parent a schema or an operation), else the name.

    A webhook's payload has no parent to name it after: its name is the webhook's.
    """
    if definition.parent is None:
        return definition.name
    parent = definition.parent
    if parent in by_key:
        parent_name = names.classes.get(parent) or _proposed(by_key[parent], by_key, names)
    else:
        parent_name = pascal_case(names.methods[parent]) if parent in names.methods else ""
    return parent_name + pascal_case(definition.name, fallback="")


def _name_fields(definition: SchemaDef, names: Names) -> None:
    assert isinstance(definition.schema, ModelType)
    taken: set[str] = set()
    # Pydantic evaluates annotations in the class body, where a field would shadow these.
    shadowed = RESERVED_FIELD_NAMES | {n for f in definition.schema.fields for n in _builtins_used(f.type)}
    for f in definition.schema.fields:
        name = avoid(snake_case(f.name, fallback="field"), shadowed)
        if name.startswith("model_"):
            name = "field_" + name
        names.fields[(definition.key, f.name)] = unique(name, taken, "_")


def _copy_field_names(definition: SchemaDef, names: Names) -> None:
    """A request-side copy's fields (a subset of its original's) keep their original names."""
    assert isinstance(definition.schema, ModelType) and definition.request_of is not None
    for f in definition.schema.fields:
        names.fields[(definition.key, f.name)] = names.fields[(definition.request_of, f.name)]


def _builtins_used(schema: SchemaType) -> set[str]:
    """The lowercase builtin names an annotation of `schema` may use (it never uses others)."""
    match schema:
        case Nullable(inner=inner):
            return _builtins_used(inner)
        case UnionType(members=members):
            return {"dict", "tag_of"}.union(*(_builtins_used(m) for m in members))
        case ArrayType(items=items):
            return {"list"} | _builtins_used(items)
        case TupleType(items=items):
            return {"tuple"}.union(*(_builtins_used(item) for item in items))
        case MapType(values=values):
            return {"dict", "str"} | _builtins_used(values)
        case Primitive(type="string", format="binary"):
            return {"bytes"}
        case Primitive(type=type_):
            return {_BUILTIN_OF[type_]} | ({"float"} if type_ == "number" else set())
        case EnumType():
            return {"str", "int", "float", "bool"}
        case ModelType():
            return {"dict"}
        case _:
            return set()


def _name_members(key: str, enum: EnumType, names: Names) -> None:
    taken: set[str] = set()
    for index, value in enumerate(enum.values):
        if enum.varnames:
            proposed = upper_snake(enum.varnames[index])
        elif isinstance(value, bool):
            proposed = "TRUE" if value else "FALSE"
        elif isinstance(value, (int, float)):
            proposed = upper_snake(f"value_{value}".replace("-", "minus_").replace(".", "_"))
        else:
            proposed = upper_snake(str(value), fallback="EMPTY" if value == "" else "VALUE")
        names.members[(key, index)] = unique(proposed, taken, "_")


def _name_parameters(op: Operation, names: Names) -> None:
    taken: set[str] = set(RESERVED_PARAMETER_NAMES)
    # Path parameters first: they are positional and their names matter most.
    ordered = sorted(op.parameters, key=lambda p: ("path", "query", "header", "cookie").index(p.location))
    for p in ordered:
        name = avoid(snake_case(p.name, fallback="param"), frozenset())
        if name in taken:
            name = f"{p.location}_{name}"
        names.parameters[(op.key, p.location, p.name)] = unique(name, taken, "_")
