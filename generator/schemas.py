"""Schema Objects (OpenAPI 3.0 §4.7.24, 3.1 §4.8.24) to IR schema types.

Named things (components, inline objects, enums) are registered as `SchemaDef`s keyed by their
location; everything else is returned inline. Diagnostics are collected, never raised, so one
broken schema does not sink the spec.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from generator.defaults import fit_default
from generator.diagnostics import Diagnostics, SpecError
from generator.ir import (
    AnyType,
    ArrayType,
    ConstType,
    EnumType,
    Field,
    JsonValue,
    MapType,
    ModelType,
    Nullable,
    Primitive,
    RefType,
    SchemaDef,
    SchemaType,
    TupleType,
    UnionType,
)
from generator.refs import Node, Resolver, unescape_token

PRIMITIVES = ("string", "integer", "number", "boolean")
# Deeper schema nesting than this is reported instead of risking Python's recursion limit.
MAX_DEPTH = 200
# Larger enums are typed as their plain type: a class with more members helps nobody.
MAX_ENUM_VALUES = 10_000


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _nullable(inner: SchemaType, nullable: bool) -> SchemaType:
    if not nullable or isinstance(inner, Nullable):
        return inner
    if isinstance(inner, ConstType) and inner.value is None:
        return inner
    return Nullable(inner)


def _is_null_schema(value: Any) -> bool:
    return isinstance(value, dict) and (value.get("type") == "null" or value.get("enum") == [None]) and len(value) <= 2


class SchemaBuilder:
    """Builds IR types for schemas, registering named ones; one per API build."""

    def __init__(self, resolver: Resolver, diagnostics: Diagnostics) -> None:
        self._resolver = resolver
        self._diag = diagnostics
        self.defs: dict[str, SchemaDef] = {}
        self._in_progress: set[str] = set()

    # -- named schemas -------------------------------------------------------------------

    def component(self, node: Node, name: str) -> RefType:
        """Register a schema under its own name (a component or a `$ref` target)."""
        return self._define(node, name, parent=None)

    def _define(self, node: Node, name: str, parent: str | None, depth: int = 0) -> RefType:
        key = node.key
        if key in self.defs or key in self._in_progress:
            return RefType(key)
        self._in_progress.add(key)
        try:
            schema = self._body(node, owner=key, hint="", depth=depth, named=True)
        finally:
            self._in_progress.discard(key)
        nullable = isinstance(schema, Nullable) and isinstance(schema.inner, (ModelType, EnumType))
        return self._register(node, name, parent, schema.inner if nullable else schema, nullable)  # type: ignore[union-attr]

    def _register(self, node: Node, name: str, parent: str | None, schema: SchemaType, nullable: bool = False) -> RefType:
        """Record a named schema under its location (once) and return a reference to it."""
        key = node.key
        if key not in self.defs:
            value = node.value if isinstance(node.value, dict) else {}
            self.defs[key] = SchemaDef(
                key=key,
                location=node.location,
                name=name,
                parent=parent,
                schema=schema,
                nullable=nullable,
                title=_text(value.get("title")),
                description=_text(value.get("description")),
                deprecated=value.get("deprecated") is True,
                examples=_examples(value),
            )
        return RefType(key)

    # -- any schema -----------------------------------------------------------------------

    def build(self, node: Node, owner: str, hint: str, depth: int = 0) -> SchemaType:
        """The IR type of the schema at `node`; inline named things get `owner` + `hint` names."""
        if depth > MAX_DEPTH:
            self._diag.error(node.location, f"schema nests deeper than {MAX_DEPTH} levels")
            return AnyType()
        value = node.value
        if value is True or value == {} or value is None:
            return AnyType()
        if value is False:
            return AnyType()
        if not isinstance(value, dict):
            self._diag.error(node.location, f"a schema must be an object or boolean, not {type(value).__name__}")
            return AnyType()
        if "$ref" in value:
            return self._ref(node, depth)
        return self._body(node, owner, hint, depth, named=False)

    def _ref(self, node: Node, depth: int) -> SchemaType:
        value = node.value
        if not isinstance(value["$ref"], str):
            self._diag.error(node.location + "/$ref", "$ref must be a string")
            return AnyType()
        try:
            target = self._resolver.follow(node)
        except SpecError as exc:
            self._diag.items.extend(exc.diagnostics)
            return AnyType()
        name = _ref_name(target)
        ref = self._define(target, name, parent=None, depth=depth + 1)
        return _nullable(ref, value.get("nullable") is True)

    def _body(self, node: Node, owner: str, hint: str, depth: int, named: bool) -> SchemaType:
        """Build a schema's own content (not following a top-level `$ref` into a new def)."""
        value = node.value
        if not isinstance(value, dict):
            return self.build(node, owner, hint, depth + 1)
        if "$ref" in value:
            return self._ref(node, depth)
        nullable = declares_null(value)
        inner = self._kind(node, owner, hint, depth, named)
        return _nullable(inner, nullable)

    def _kind(self, node: Node, owner: str, hint: str, depth: int, named: bool) -> SchemaType:
        value = node.value
        if "const" in value:
            return ConstType(value["const"])
        if isinstance(value.get("enum"), list):
            return self._enum(node, owner, hint, named)
        if isinstance(value.get("allOf"), list) and value["allOf"]:
            return self._all_of(node, owner, hint, depth, named)
        for keyword in ("oneOf", "anyOf"):
            members = value.get(keyword)
            if isinstance(members, list) and members and not _only_constraints(members, value):
                return self._union(node, keyword, owner, hint, depth)
        types = _types(value)
        if len(types) > 1:
            members = tuple(self._typed(node, t, owner, hint, depth, named) for t in types)
            return UnionType(members)
        return self._typed(node, types[0] if types else None, owner, hint, depth, named)

    def _typed(self, node: Node, type_: str | None, owner: str, hint: str, depth: int, named: bool) -> SchemaType:
        value = node.value
        if type_ in PRIMITIVES:
            fmt = value.get("format")
            return Primitive(type_, fmt if isinstance(fmt, str) else None)  # type: ignore[arg-type]
        if type_ == "array" or (type_ is None and ("items" in value or "prefixItems" in value)):
            return self._array(node, owner, hint, depth)
        if type_ == "object" or (type_ is None and _looks_like_object(value)):
            return self._object(node, owner, hint, depth, named)
        if type_ == "null":
            return ConstType(None)
        return AnyType()

    # -- arrays ---------------------------------------------------------------------------

    def _array(self, node: Node, owner: str, hint: str, depth: int) -> SchemaType:
        """`items`; with 3.1 `prefixItems` (§4.8.24, JSON Schema 2020-12 §10.3.1.1) a tuple when
        the array has exactly those items, else a list of any of the types it may hold."""
        items = node.get("items")
        prefix = node.get("prefixItems")
        if prefix is None or not isinstance(prefix.value, list) or not prefix.value:
            if items is None or isinstance(items.value, list):
                return ArrayType(AnyType())
            return ArrayType(self.build(items, owner, hint + "_item", depth + 1))
        members = [self.build(m, owner, f"{hint}_item{i}", depth + 1) for i, m in enumerate(prefix.elements())]
        if _exact_length(node.value, len(members)):
            return TupleType(tuple(members))
        most = node.value.get("maxItems")
        more_allowed = not (isinstance(most, int) and most <= len(members))
        if more_allowed and (items is None or items.value is True or isinstance(items.value, list)):
            members.append(AnyType())
        elif more_allowed and items is not None and items.value is not False:
            members.append(self.build(items, owner, hint + "_item", depth + 1))
        return ArrayType(_union_of(members))

    # -- objects --------------------------------------------------------------------------

    def _object(self, node: Node, owner: str, hint: str, depth: int, named: bool) -> SchemaType:
        props = self._properties(node)
        additional = self._additional(node, owner, hint, depth)
        if props is None or not props.value:
            return MapType(self._map_values(node, additional, owner, hint, depth))
        model = ModelType(self._fields(node, owner if named else node.key, depth), additional)
        if named:
            return model
        return self._inline_def(node, owner, hint, model)

    def _additional(self, node: Node, owner: str, hint: str, depth: int) -> SchemaType | None:
        extra = node.get("additionalProperties")
        if extra is None or extra.value is False:
            return None
        if extra.value is True or extra.value == {}:
            return AnyType()
        return self.build(extra, owner, hint + "_value", depth + 1)

    def _map_values(self, node: Node, additional: SchemaType | None, owner: str, hint: str, depth: int) -> SchemaType:
        """A map's value type: `additionalProperties`, or every `patternProperties` schema and the
        `additionalProperties` one. Keys are not checked against the patterns: with
        `additionalProperties` absent, every value is taken to fit one of the patterns' schemas."""
        patterns = node.get("patternProperties")
        if patterns is None or not isinstance(patterns.value, dict) or not patterns.value:
            return additional or AnyType()
        values = [self.build(schema, owner, hint + "_value", depth + 1) for _, schema in patterns.items()]
        return _union_of(values + ([additional] if additional is not None else []))

    def _fields(self, node: Node, owner: str, depth: int) -> tuple[Field, ...]:
        value = node.value
        required = value.get("required")
        required_names = set(required) if isinstance(required, list) else set()
        props = self._properties(node)
        if props is None:
            return ()
        fields = []
        for name, prop in props.items():
            fields.append(self._field(prop, name, name in required_names, owner, depth))
        return tuple(fields)

    def _properties(self, node: Node) -> Node | None:
        """The `properties` map of a schema, following a `$ref` to a shared map (multi-file specs)."""
        props = node.get("properties")
        if props is not None and isinstance(props.value, dict) and isinstance(props.value.get("$ref"), str):
            try:
                props = self._resolver.follow(props)
            except SpecError as exc:
                self._diag.items.extend(exc.diagnostics)
                return None
        return props if props is not None and isinstance(props.value, dict) else None

    def _field(self, prop: Node, name: str, required: bool, owner: str, depth: int) -> Field:
        built = self.build(prop, owner, name, depth + 1)
        value = prop.value if isinstance(prop.value, dict) else {}
        target = self._deref_value(prop)
        nullable = isinstance(built, Nullable) or (isinstance(built, ConstType) and built.value is None)
        if isinstance(built, RefType) and built.key in self.defs:
            nullable = self.defs[built.key].nullable
        inner = built.inner if isinstance(built, Nullable) else built
        default, has_default = self._field_default(prop, value, built)
        return Field(
            name=name,
            type=inner,
            required=required,
            nullable=nullable,
            description=_text(value.get("description")) or _text(target.get("description")),
            deprecated=value.get("deprecated") is True,
            read_only=value.get("readOnly") is True or target.get("readOnly") is True,
            write_only=value.get("writeOnly") is True or target.get("writeOnly") is True,
            default=default,
            has_default=has_default,
        )

    def _field_default(self, prop: Node, value: dict[str, Any], type_: SchemaType) -> tuple[JsonValue, bool]:
        """A property's documented default; one that does not fit its schema is left out, with a warning."""
        if "default" not in value:
            return None, False
        default, problem = fit_default(value["default"], type_)
        if problem is not None:
            self._diag.warning(prop.location + "/default", f"{problem}; not documented")
            return None, False
        return default, default is not None or value["default"] is None

    def _deref_value(self, node: Node) -> dict[str, Any]:
        if isinstance(node.value, dict) and "$ref" in node.value:
            try:
                target = self._resolver.follow(node).value
            except SpecError:
                return {}
            return target if isinstance(target, dict) else {}
        return node.value if isinstance(node.value, dict) else {}

    def _inline_def(self, node: Node, owner: str, hint: str, schema: SchemaType) -> RefType:
        return self._register(node, hint or "inline", owner, schema)

    # -- composition ----------------------------------------------------------------------

    def _all_of(self, node: Node, owner: str, hint: str, depth: int, named: bool) -> SchemaType:
        """allOf: one `$ref` parent plus local fields becomes a subclass; otherwise merge."""
        value = node.value
        members = list(node.child("allOf").elements())
        refs = [m for m in members if isinstance(m.value, dict) and "$ref" in m.value]
        inline = [m for m in members if m not in refs]
        own_key = owner if named else node.key
        local: list[Field] = []
        for m in inline:
            if isinstance(m.value, dict) and _looks_like_object(m.value):
                local.extend(self._fields(m, own_key, depth + 1))
        local.extend(self._fields(node, own_key, depth + 1))
        local = _apply_required(local, value, inline)
        has_object = bool(local) or any(_looks_like_object(self._deref_value(r)) for r in refs)
        if not has_object:
            typed = [m for m in members if not _is_annotation_only(self._deref_value(m))]
            return self.build(typed[0] if typed else members[0], owner, hint, depth + 1)
        if len(refs) == 1 and not inline and not local and not named:
            return self.build(refs[0], owner, hint, depth + 1)
        additional = self._additional(node, owner, hint, depth)
        if len(refs) == 1:
            base = self.build(refs[0], owner, hint, depth + 1)
            inherited = self._inherited(base, refs[0], node.location)
            if inherited is not None and all(inherited[f.name].type == f.type for f in local if f.name in inherited):
                local = [_within(inherited.get(f.name), f) for f in local]
                model: SchemaType = ModelType(tuple(local), additional, base=cast(RefType, base))
                return model if named else self._inline_def(node, owner, hint, model)
        merged: dict[str, Field] = {}
        for r in refs:
            target = self.build(r, owner, hint, depth + 1)
            for f in self._model_fields(target, node.location):
                self._merge_into(merged, f, node.location)
        for f in local:
            self._merge_into(merged, f, node.location)
        merged_fields = _apply_required(list(merged.values()), value, inline)
        model = ModelType(tuple(merged_fields), additional)
        return model if named else self._inline_def(node, owner, hint, model)

    def _inherited(self, base: SchemaType, ref: Node, location: str) -> dict[str, Field] | None:
        """The fields a subclass of allOf's one parent inherits; None when it cannot be a base class."""
        if not isinstance(base, RefType):
            return None
        definition = self.defs.get(base.key)
        if definition is None:  # the parent is still being built: recursion through it
            value = self._deref_value(ref)
            return {} if "properties" in value and not any(k in value for k in ("oneOf", "anyOf", "allOf")) else None
        if not isinstance(definition.schema, ModelType):
            return None
        return {f.name: f for f in self._model_fields(base, location)}

    def _merge_into(self, merged: dict[str, Field], new: Field, location: str) -> None:
        """Add an allOf member's field; a field both members declare gets the stricter type."""
        old = merged.get(new.name)
        if old is None:
            merged[new.name] = new
            return
        stricter = stricter_type(old.type, new.type)
        if stricter is None:
            self._diag.warning(location, f"allOf members give property {new.name!r} irreconcilable types; the last one is used")
            stricter = new.type
        merged[new.name] = replace(
            new,
            type=stricter,
            required=old.required or new.required,
            nullable=old.nullable and new.nullable,
            description=new.description or old.description,
        )

    def _model_fields(self, schema: SchemaType, location: str) -> list[Field]:
        """All fields of a referenced model, its bases' first."""
        if isinstance(schema, Nullable):
            schema = schema.inner
        if not isinstance(schema, RefType):
            return []
        definition = self.defs.get(schema.key)
        if definition is None:
            self._diag.warning(location, "allOf member refers back to a schema being built; its fields are not merged")
            return []
        inner = definition.schema
        if not isinstance(inner, ModelType):
            return []
        fields = self._model_fields(inner.base, location) if inner.base else []
        return fields + list(inner.fields)

    def _union(self, node: Node, keyword: str, owner: str, hint: str, depth: int) -> SchemaType:
        members: list[SchemaType] = []
        for index, member in enumerate(node.child(keyword).elements()):
            if _is_null_schema(member.value):
                continue
            built = self.build(member, owner, f"{hint}_variant{index}" if hint else f"variant{index}", depth + 1)
            if built not in members:
                members.append(built)
        if not members:
            return ConstType(None)
        if len(members) == 1:
            return members[0]
        disc = node.get("discriminator")
        prop = disc.value.get("propertyName") if disc is not None and isinstance(disc.value, dict) else None
        if disc is None or not isinstance(prop, str):
            return UnionType(tuple(members))
        return UnionType(tuple(members), prop, self._tags(disc, members))

    def _tags(self, disc: Node, members: list[SchemaType]) -> tuple[tuple[str, str], ...]:
        """Discriminator values → member keys: `mapping` first, then members' own names."""
        member_keys = [m.key for m in members if isinstance(m, RefType)]
        tags: list[tuple[str, str]] = []
        mapping = disc.get("mapping")
        for value, target in mapping.items() if mapping is not None else ():
            key = self._mapping_target(target)
            if key in member_keys:
                tags.append((value, key))
            else:
                self._diag.warning(target.location, "discriminator mapping names no member of the union; ignored")
        mapped = {key for _, key in tags}
        for key in member_keys:
            if key not in mapped:
                tags.append((unescape_token(key.rsplit("/", 1)[-1]), key))
        return tuple(tags)

    def _mapping_target(self, target: Node) -> str | None:
        """The registry key a mapping value names: a `$ref` string or a bare schema name."""
        if not isinstance(target.value, str):
            return None
        ref = target.value if "#" in target.value or "/" in target.value else f"#/components/schemas/{target.value}"
        try:
            return self._resolver.follow(self._resolver.lookup(ref, target.doc, target.location)).key
        except SpecError:
            self._diag.warning(target.location, f"discriminator mapping {target.value!r} points to nothing; ignored")
            return None

    # -- enums ----------------------------------------------------------------------------

    def _enum(self, node: Node, owner: str, hint: str, named: bool) -> SchemaType:
        value = node.value
        values = tuple(v for v in value["enum"] if v is not None)
        if not values:
            return ConstType(None)
        if len(values) > MAX_ENUM_VALUES:
            self._diag.warning(node.location + "/enum", f"more than {MAX_ENUM_VALUES} values; typed without them")
            return self._typed(node, next(iter(_types(value)), None), owner, hint, 0, named)
        if any(isinstance(v, (dict, list)) for v in values):
            self._diag.warning(node.location + "/enum", "enum of objects or arrays is treated as any value")
            return AnyType()
        varnames = value.get("x-enum-varnames") or value.get("x-enum-names")
        names = None
        if isinstance(varnames, list) and len(varnames) == len(value["enum"]):
            names = tuple(str(n) for v, n in zip(value["enum"], varnames) if v is not None)
        enum = EnumType(_unique(values), names if names and len(names) == len(_unique(values)) else None)
        if named or enum.value_type is None:
            return enum
        return self._inline_def(node, owner, hint, enum)


def _within(parent: Field | None, child: Field) -> Field:
    """A subclass's redeclared field: allOf never loosens, so the parent's requiredness holds."""
    if parent is None:
        return child
    return replace(child, required=child.required or parent.required, nullable=child.nullable and parent.nullable)


def stricter_type(a: SchemaType, b: SchemaType) -> SchemaType | None:
    """The type admitting only values both admit, when one of them is it; None if neither is."""
    if a == b or isinstance(a, AnyType):
        return b
    if isinstance(b, AnyType):
        return a
    for first, second in ((a, b), (b, a)):
        if isinstance(second, Primitive) and _narrows(first, second):
            return first
    return None


def _narrows(narrow: SchemaType, wide: Primitive) -> bool:
    """True when every value of `narrow` is a value of the primitive `wide`."""
    match narrow:
        case Primitive(type=type_, format=fmt):
            return _fits(type_, wide.type) and (wide.format is None or fmt == wide.format)
        case ConstType(value=value):
            return _fits(_json_type(value), wide.type)
        case EnumType(values=values):
            return all(_fits(_json_type(v), wide.type) for v in values)
        case _:
            return False


def _fits(json_type: str, schema_type: str) -> bool:
    return json_type == schema_type or (json_type, schema_type) == ("integer", "number")


def _json_type(value: JsonValue) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", str: "string"}.get(type(value), "other")


def _exact_length(value: dict[str, Any], count: int) -> bool:
    """True when an array with `count` prefixItems holds exactly that many items: no more may
    follow (`items: false` or `maxItems`) and none may be left out (no smaller `minItems`)."""
    most = value.get("maxItems")
    closed = value.get("items") is False or (isinstance(most, int) and most == count)
    fewer = value.get("minItems")
    too_few_allowed = isinstance(fewer, int) and not isinstance(fewer, bool) and fewer < count
    too_many_forbidden = isinstance(most, int) and not isinstance(most, bool) and most < count
    return closed and not too_few_allowed and not too_many_forbidden


def _union_of(members: list[SchemaType]) -> SchemaType:
    """One type admitting any of `members` (any value when one of them is)."""
    unique: list[SchemaType] = []
    for member in members:
        if isinstance(member, AnyType):
            return AnyType()
        if member not in unique:
            unique.append(member)
    return unique[0] if len(unique) == 1 else UnionType(tuple(unique))


def _unique(values: tuple[JsonValue, ...]) -> tuple[JsonValue, ...]:
    seen: list[tuple[type, JsonValue]] = []
    for v in values:
        if (type(v), v) not in seen:
            seen.append((type(v), v))
    return tuple(v for _, v in seen)


def _types(value: dict[str, Any]) -> list[str]:
    type_ = value.get("type")
    if isinstance(type_, str):
        return [type_]
    if isinstance(type_, list):
        return [t for t in type_ if isinstance(t, str) and t != "null"]
    return []


def declares_null(value: dict[str, Any]) -> bool:
    """Nullability in every form: 3.0 `nullable`, 3.1 type lists, null enum/const/oneOf members."""
    if value.get("nullable") is True:
        return True
    type_ = value.get("type")
    if isinstance(type_, list) and "null" in type_:
        return True
    if isinstance(value.get("enum"), list) and None in value["enum"]:
        return True
    for keyword in ("oneOf", "anyOf"):
        members = value.get(keyword)
        if isinstance(members, list) and any(_is_null_schema(m) for m in members):
            return True
    return False


def _only_constraints(members: list[Any], parent: dict[str, Any]) -> bool:
    """True for `anyOf: [{required: [a]}, {required: [b]}]` beside the parent's own type:
    the members only constrain the parent, they are not alternatives of their own."""
    has_own_type = "type" in parent or "properties" in parent
    return has_own_type and all(isinstance(m, dict) and _is_annotation_only(m) for m in members)


def _looks_like_object(value: dict[str, Any]) -> bool:
    return value.get("type") == "object" or any(k in value for k in ("properties", "additionalProperties", "patternProperties"))


def _is_annotation_only(value: dict[str, Any]) -> bool:
    """A schema that only adds docs or constraints (e.g. `{description: ...}` in an allOf)."""
    typed: tuple[str, ...] = ("type", "properties", "items", "prefixItems", "enum", "const", "oneOf", "anyOf", "allOf", "$ref")
    typed += ("additionalProperties", "patternProperties")
    return not any(k in value for k in typed)


def _apply_required(fields: list[Field], value: dict[str, Any], inline: list[Node]) -> list[Field]:
    names: set[str] = set()
    for source in [value] + [m.value for m in inline if isinstance(m.value, dict)]:
        req = source.get("required")
        if isinstance(req, list):
            names.update(r for r in req if isinstance(r, str))
    if not names:
        return fields
    return [f if f.required or f.name not in names else replace(f, required=True) for f in fields]


def _examples(value: dict[str, Any]) -> tuple[JsonValue, ...]:
    found: list[JsonValue] = []
    if "example" in value:
        found.append(value["example"])
    examples = value.get("examples")
    if isinstance(examples, list):
        found.extend(examples)
    return tuple(found)


def _ref_name(target: Node) -> str:
    """The spec's own name for a `$ref` target: its last pointer token, or the file's stem."""
    if target.pointer:
        return target.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    stem = target.doc.rsplit("/", 1)[-1]
    return stem.split(".", 1)[0]
