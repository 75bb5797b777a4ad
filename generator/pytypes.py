"""IR schema types to Python annotations, and which names those annotations need imported."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.ir import (
    ArrayType,
    ConstType,
    EnumType,
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
from generator.literals import python_literal
from generator.naming import Names

DefKind = Literal["model", "enum", "alias"]

_PRIMITIVE = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def def_kind(definition: SchemaDef) -> DefKind:
    """How a named schema is emitted: a pydantic model, an open enum class, or a type alias."""
    schema = definition.schema
    if isinstance(schema, ModelType):
        return "model"
    if isinstance(schema, EnumType) and schema.value_type is not None:
        return "enum"
    return "alias"


def _literal_type(value: JsonValue) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    return "Any"


@dataclass
class Annotator:
    """Turns IR types into annotation strings, recording the typing names they use.

    `qualifier` prefixes names of generated classes (e.g. `models.` outside the models module).
    """

    defs: dict[str, SchemaDef]
    names: Names
    qualifier: str = ""
    binary: str = "bytes"
    # True in the models module: tagged unions and parsed dates (endpoints use plain types).
    tagged: bool = True
    used: set[str] = field(default_factory=set)
    # Registry keys of the generated classes and aliases the annotations name.
    refs: set[str] = field(default_factory=set)

    def annotation(self, schema: SchemaType) -> str:
        parts = self._members(schema)
        if "Any" in parts:
            self.used.add("Any")
            return "Any"
        return " | ".join(parts)

    def _members(self, schema: SchemaType) -> list[str]:
        """The flattened, de-duplicated members of the annotation's top-level union."""
        match schema:
            case Nullable(inner=inner):
                return _dedupe(self._members(inner) + ["None"])
            case Primitive(type="number"):
                # A JSON number is kept as it arrived: `8` stays an int, `8.5` a float.
                return ["int", "float"]
            case RefType(key=key) if key in self.defs and self.defs[key].nullable:
                return [self._ref(key), "None"]
            case UnionType() if self.tagged and self._taggable(schema):
                return [self._tagged(schema)]
            case UnionType(members=members):
                flat: list[str] = []
                for member in members:
                    flat.extend(self._members(member))
                return _dedupe(flat)
            case _:
                return [self._single(schema)]

    def _single(self, schema: SchemaType) -> str:
        match schema:
            case Primitive(type="string", format="binary"):
                if self.binary != "bytes":
                    self.used.add(self.binary)
                return self.binary
            case Primitive(type="string", format="date-time" | "date" as fmt) if self.tagged:
                name = "DateTime" if fmt == "date-time" else "Date"
                self.used.add(name)
                return name
            case Primitive(type=type_):
                return _PRIMITIVE[type_]
            case ArrayType(items=items):
                return f"list[{self.annotation(items)}]"
            case TupleType(items=items):
                annotation = f"tuple[{', '.join(self.annotation(item) for item in items)}]"
                if not self.tagged:
                    return annotation
                # Strict models take only tuples for a tuple field from Python data; decoded JSON
                # holds lists. Strict(False) admits any sequence here; the items stay strict.
                self.used.update({"Annotated", "Strict"})
                return f"Annotated[{annotation}, Strict(False)]"
            case MapType(values=values):
                return f"dict[str, {self.annotation(values)}]"
            case ConstType(value=None):
                return "None"
            case ConstType(value=value) if isinstance(value, (str, int, bool)):
                self.used.add("Literal")
                return f"Literal[{value!r}]"
            case EnumType(values=values):
                return " | ".join(_dedupe([_literal_type(v) for v in values]))
            case RefType(key=key):
                return self._ref(key)
            case ModelType():
                self.used.add("Any")
                return "dict[str, Any]"
            case _:
                self.used.add("Any")
                return "Any"

    def _taggable(self, union: UnionType) -> bool:
        """A discriminated union of models (only models can be picked by a tag property)."""
        if not union.tags:
            return False
        return all(
            isinstance(m, RefType) and m.key in self.defs and def_kind(self.defs[m.key]) == "model" and not self.defs[m.key].nullable
            for m in union.members
        )

    def _tagged(self, union: UnionType) -> str:
        """`Annotated[A | B | dict[str, Any], Discriminator(...)]`: picked by tag, unknown tags kept as dicts."""
        self.used.update({"Annotated", "Any", "Discriminator", "Tag", "tag_of"})
        members = [m.key for m in union.members if isinstance(m, RefType)]
        parts = [f"Annotated[{self._ref(key)}, Tag({python_literal(self.names.classes[key])})]" for key in members]
        parts.append('Annotated[dict[str, Any], Tag("")]')
        classes = {value: self.names.classes[key] for value, key in union.tags}
        picker = f"tag_of({python_literal(union.discriminator)}, {python_literal(classes)})"
        return f"Annotated[{' | '.join(parts)}, Discriminator({picker})]"

    def _ref(self, key: str) -> str:
        definition = self.defs.get(key)
        if definition is None:
            self.used.add("Any")
            return "Any"
        self.refs.add(key)
        return self.qualifier + self.names.classes[key]


def _dedupe(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    if "Any" in seen:
        return ["Any"]
    if "None" in seen:
        seen.remove("None")
        seen.append("None")
    return seen
