"""Base classes for the models of Kitchen Sink: round-trip-exact pydantic models, open enums."""

from __future__ import annotations

import os
import types
from collections.abc import Callable
from datetime import date, datetime, timezone
from enum import Enum
from itertools import islice
from typing import IO, Annotated, Any, Literal, TypeAlias, TypeVar, Union, get_args, get_origin

import pydantic
import pydantic_core
from pydantic_core import core_schema

_M = TypeVar("_M", bound="BaseModel")


class BaseModel(pydantic.BaseModel):
    """A model that keeps unknown fields and tells an absent field from an explicit null.

    `to_dict(from_dict(data)) == data`: fields the server sent that this client does not know
    are kept (in `model_extra`), and fields it did not send are not invented. Whether a field
    was present is `"name" in model.model_fields_set`.
    """

    # strict: a value of the wrong JSON type is an error naming the field, never silently
    # converted ("5" does not become 5), so what is kept is always what was sent.
    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        strict=True,
    )

    @classmethod
    def from_dict(cls: type[_M], data: Any) -> _M:
        """Validate decoded JSON (a dict) into this model."""
        return cls.model_validate(data)

    @classmethod
    def from_json(cls: type[_M], data: str | bytes) -> _M:
        """Validate a JSON document into this model."""
        return cls.model_validate_json(data)

    @classmethod
    def from_dict_unvalidated(cls: type[_M], data: Any) -> _M:
        """Build this model from decoded JSON (a dict) without checking the values' types.

        For data that is valid, the model is the one `from_dict` gives, with less work:
        same values and types (nested models, enum members, parsed dates), same
        `model_fields_set` and `model_extra`, same `to_dict()`. What is not checked is kept as
        it came: a value of the wrong JSON type stays that value (`"5"` in an integer field
        stays `"5"`). A required field that is missing, or data that is not an object, still
        raises `pydantic.ValidationError`. The model shares lists and dicts with `data`.
        """
        build: Callable[[Any], _M] = _builder(cls)
        return build(data)

    @classmethod
    def from_json_unvalidated(cls: type[_M], data: str | bytes) -> _M:
        """Parse a JSON document and build this model from it without checking the values' types.

        See `from_dict_unvalidated`; text that is not JSON raises `ValueError`.
        """
        return cls.from_dict_unvalidated(parse_json(data))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, with the wire names and only the fields set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        """`to_dict()` as a JSON document."""
        return self.model_dump_json(by_alias=True, exclude_unset=True)


# A slot, not an instance dict: decoding creates one of these per timestamp, and a dict each
# made decoding 10,000 GitHub repositories a quarter slower.
class WireDateTime(datetime):
    """A `datetime` decoded from text; it encodes back to exactly that text."""

    __slots__ = ("wire",)
    wire: str

    def __reduce_ex__(self, protocol: Any) -> Any:
        if not hasattr(self, "wire"):
            return super().__reduce_ex__(protocol)
        return _parse_datetime, (self.wire,)  # copies and pickles keep the text


class WireDate(date):
    """A `date` decoded from text; it encodes back to exactly that text."""

    __slots__ = ("wire",)
    wire: str

    def __reduce_ex__(self, protocol: Any) -> Any:
        if not hasattr(self, "wire"):
            return super().__reduce_ex__(protocol)
        return _parse_date, (self.wire,)


def _parse_datetime(text: str) -> WireDateTime:
    value = WireDateTime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    value.wire = text
    return value


def _parse_date(text: str) -> WireDate:
    value = WireDate.fromisoformat(text)
    value.wire = text
    return value


def _temporal_validator(parse: Callable[[str], date], kind: type) -> Callable[[Any], Any]:
    """Text is parsed when it is valid ISO 8601 and kept as the text when it is not."""

    def validate(value: Any) -> Any:
        if isinstance(value, kind):
            return value
        if not isinstance(value, str):
            raise ValueError(f"expected ISO 8601 text or a {kind.__name__}")
        try:
            return parse(value)
        except ValueError:
            return value

    return validate


def _temporal_converter(parse: Callable[[str], date]) -> Callable[[Any], Any]:
    """`_temporal_validator` for the unvalidated path: anything but text is kept as it is."""

    def convert(value: Any) -> Any:
        if type(value) is str:
            try:
                return parse(value)
            except ValueError:
                return value
        return value

    return convert


_validate_datetime = _temporal_validator(_parse_datetime, datetime)
_validate_date = _temporal_validator(_parse_date, date)


def _encode_temporal(value: Any) -> Any:
    if isinstance(value, (WireDateTime, WireDate)):
        return value.wire
    return value.isoformat() if isinstance(value, date) else value


# `format: date-time` and `format: date`. A value that is not valid ISO 8601 does not fail
# decoding: it stays the `str` it was. Either way it encodes back to the text received.
DateTime: TypeAlias = Annotated[
    datetime | str,
    pydantic.PlainValidator(_validate_datetime),
    pydantic.PlainSerializer(_encode_temporal, when_used="json"),
]
Date: TypeAlias = Annotated[
    date | str,
    pydantic.PlainValidator(_validate_date),
    pydantic.PlainSerializer(_encode_temporal, when_used="json"),
]


def _file_input(value: Any) -> Any:
    """Binary content as callers give it: bytes, a path, a binary file, or (filename, content)."""
    if isinstance(value, (bytes, str, os.PathLike)) or hasattr(value, "read"):
        return value
    if isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str):
        return value
    raise ValueError("expected bytes, a path, a binary file object or (filename, content)")


def _encode_file(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    return value if isinstance(value, str) else None


# `format: binary`. In a multipart body each form is sent as a file part: bytes, a path (read
# and named after the file), an open binary file, or (filename, content). Text sent in a JSON
# body stays the `str` it was.
FileInput: TypeAlias = Annotated[
    bytes | str | os.PathLike[str] | IO[bytes] | tuple[str, bytes | IO[bytes]],
    pydantic.PlainValidator(_file_input),
    pydantic.PlainSerializer(_encode_file, when_used="json"),
]


def tag_of(prop: str, classes: dict[str, str]) -> Callable[[Any], str]:
    """How a discriminated union picks its member: the tag value's class name, or `""`.

    Data whose tag this client does not know (or that has none) gets the tag `""`, whose
    member is a plain dict: it is kept exactly as it arrived instead of failing to decode.
    """
    names = set(classes.values())

    def pick(value: Any) -> str:
        if isinstance(value, dict):
            tag = value.get(prop)
            return classes.get(tag, "") if isinstance(tag, str) else ""
        for cls in type(value).__mro__:
            if cls.__name__ in names:
                return cls.__name__
        return ""

    return pick


def _open_enum_schema(cls: Any, value_type: type) -> core_schema.CoreSchema:
    """Validate an open enum from a member or a raw value of its type; serialise to the value."""

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        if isinstance(value, value_type) and not isinstance(value, bool):
            return cls(value)
        raise ValueError(f"expected a {value_type.__name__} value of {cls.__name__}")

    return core_schema.no_info_plain_validator_function(
        validate,
        serialization=core_schema.plain_serializer_function_ser_schema(
            lambda member: member.value, when_used="json"
        ),
    )


class OpenEnum(str, Enum):
    """A string enum that accepts values the spec did not list (servers add them).

    An unknown value becomes a member named `UNKNOWN` that keeps the raw value, so it
    compares equal to that string and serialises back unchanged.
    """

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return _open_enum_schema(cls, str)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec did not list."""
        return self._value_ in type(self)._value2member_map_


class OpenIntEnum(int, Enum):
    """An integer enum that accepts values the spec did not list (see `OpenEnum`)."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return _open_enum_schema(cls, int)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec did not list."""
        return self._value_ in type(self)._value2member_map_


def to_datetime(value: int | float | str) -> datetime:
    """An aware `datetime` from a timestamp as APIs send it: unix seconds or ISO 8601 text.

    Numbers (and numeric strings) are seconds since the epoch, in UTC. Text is ISO 8601; a
    trailing `Z` is UTC, and text with no offset is taken as UTC. Raises ValueError otherwise.
    """
    if isinstance(value, bool):
        raise ValueError(f"not a timestamp: {value!r}")
    if isinstance(value, (int, float)):
        return _from_unix(value)
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return _from_unix(seconds)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _from_unix(seconds: float) -> datetime:
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError) as exc:
        raise ValueError(f"timestamp out of range: {seconds!r}") from exc


# -- building models without validation ---------------------------------------------------------
#
# `from_dict_unvalidated` and the clients' `validate_responses=False` build models the way
# pydantic's own `model_construct` does (setting `__dict__`, `__pydantic_fields_set__`,
# `__pydantic_extra__` and `__pydantic_private__`), from a plan compiled once per class from its
# fields: which values need building (nested models, enum members, dates) and how. A field whose
# type has no such plan (a union of models, a tuple) is validated on its own, as `from_dict` would.

_PLAN_ATTRIBUTE = "__unvalidated_builder__"
# Types whose valid JSON values are already the values validation gives.
_KEPT_TYPES = frozenset({str, int, bool, type(None), Any})
_REQUIRED = object()
_set_attribute = object.__setattr__


class _NoPlan(Exception):
    """A type whose values only validation can build."""


def parse_json(data: str | bytes) -> Any:
    """A JSON document as Python values, parsed as pydantic's own `validate_json` parses it."""
    return pydantic_core.from_json(data, cache_strings="keys")


def unvalidated_converter(type_: Any) -> Callable[[Any], Any] | None:
    """How decoded JSON becomes a value of `type_` without validation; None if it is kept as is.

    Raises `LookupError` for a type that has no such plan (then only validation builds it).
    """
    try:
        return _converter(type_, frozenset())
    except _NoPlan:
        raise LookupError(f"no unvalidated plan for {type_!r}") from None


def _builder(
    cls: type[BaseModel], compiling: frozenset[type] = frozenset()
) -> Callable[[Any], Any]:
    """The class's own compiled plan (a subclass does not share its parent's).

    `compiling` holds the classes whose plans are being compiled further up: a model that
    contains itself gets a plan that looks its own up when called.
    """
    build: Callable[[Any], Any] | None = cls.__dict__.get(_PLAN_ATTRIBUTE)
    if build is None:
        if cls in compiling:
            return lambda value: _builder(cls)(value)
        build = _compile_builder(cls, compiling | {cls})
        setattr(cls, _PLAN_ATTRIBUTE, build)
    return build


def _validates_itself(cls: type[BaseModel]) -> bool:
    """Whether the class has its own validation logic, which only `model_validate` runs."""
    decorators = cls.__pydantic_decorators__
    hooks = (
        decorators.validators,
        decorators.field_validators,
        decorators.root_validators,
        decorators.model_validators,
    )
    return (
        any(hooks)
        or cls.__pydantic_post_init__ is not None
        or cls.__pydantic_root_model__
        or cls.model_config.get("extra") != "allow"
    )


def _field_type(field: Any) -> Any:
    return Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation


def _field_converter(field: Any, compiling: frozenset[type]) -> Callable[[Any], Any] | None:
    """The field's converter; a field with no plan is validated alone, exactly as in its model."""
    type_ = _field_type(field)
    try:
        return _converter(type_, compiling)
    except _NoPlan:
        return _validator(type_)


def _validator(type_: Any) -> Callable[[Any], Any]:
    """Validation of one field's value, as strict as in its model; prepared on first use."""
    adapters: list[pydantic.TypeAdapter[Any]] = []

    def validate(value: Any) -> Any:
        if not adapters:
            adapters.append(pydantic.TypeAdapter(type_, config=pydantic.ConfigDict(strict=True)))
        return adapters[0].validate_python(value)

    return validate


def _compile_builder(cls: type[BaseModel], compiling: frozenset[type]) -> Callable[[Any], Any]:
    """Compile the plan that builds `cls` from a dict as validating valid data would."""
    if not cls.__pydantic_complete__:
        cls.model_rebuild()
    fields = cls.__pydantic_fields__
    if _validates_itself(cls) or any(
        f.validation_alias not in (None, f.alias) or f.default_factory is not None
        for f in fields.values()
    ):
        return cls.model_validate
    names = tuple(fields)
    wire = tuple(f.alias or name for name, f in fields.items())
    template = {
        w: _REQUIRED if f.is_required() else f.default for w, f in zip(wire, fields.values())
    }
    required = frozenset(w for w, f in zip(wire, fields.values()) if f.is_required())
    converters = tuple(
        (name, convert)
        for name, f in fields.items()
        if (convert := _field_converter(f, compiling)) is not None
    )
    if any(
        fields[name].default is not None and not fields[name].is_required()
        for name, _ in converters
    ):
        return cls.model_validate  # an unset field keeps its default, which is never converted
    renamed = tuple((w, name) for w, name in zip(wire, names) if w != name)
    by_name = tuple(name for name in names if name not in template)
    count = len(names)
    validate = cls.model_validate
    new = cls.__new__

    def build(data: Any) -> Any:
        if type(data) is not dict or (by_name and any(name in data for name in by_name)):
            return validate(data)  # a model instance, not an object, or fields by Python name
        values = {**template, **data}
        present = set(data)  # as in validation: the fields and the unknown keys received
        if len(present) != len(values) and not required <= present:
            return validate(data)  # raises: a required field is missing
        if len(values) == count:
            extra: dict[str, Any] = {}
        else:  # unknown fields come last, in the order they arrived
            items = values.items()
            extra = dict(islice(items, count, None))
            values = dict(islice(items, count))
        if renamed:
            values = dict(zip(names, values.values()))
            for wire_name, name in renamed:
                if wire_name in present:
                    present.remove(wire_name)
                    present.add(name)
        for name, convert in converters:
            value = values[name]
            if value is not None:
                values[name] = convert(value)
        model = new(cls)
        _set_attribute(model, "__dict__", values)
        _set_attribute(model, "__pydantic_fields_set__", present)
        _set_attribute(model, "__pydantic_extra__", extra)
        _set_attribute(model, "__pydantic_private__", None)
        return model

    return build


def _converter(type_: Any, compiling: frozenset[type]) -> Callable[[Any], Any] | None:
    """How a valid JSON value becomes what validation makes of it (None: kept as it is)."""
    origin = get_origin(type_)
    if origin is Annotated:
        return _annotated_converter(compiling, *get_args(type_))
    if type_ in _KEPT_TYPES or origin is Literal:
        return None
    if type_ is float:
        return _to_float
    if isinstance(type_, type) and issubclass(type_, BaseModel):
        return _builder(type_, compiling)
    if isinstance(type_, type) and issubclass(type_, (OpenEnum, OpenIntEnum)):
        return _enum_converter(type_)
    if origin is Union or origin is types.UnionType:
        members = [_converter(arg, compiling) for arg in get_args(type_) if arg is not type(None)]
        if all(member is None for member in members):
            return None
        if len(members) == 1:
            return members[0]  # `X | None`: null is never converted
        raise _NoPlan
    if origin is list and len(get_args(type_)) == 1:
        item = _converter(get_args(type_)[0], compiling)
        return None if item is None else _list_converter(item)
    if origin is dict and len(get_args(type_)) == 2 and get_args(type_)[0] is str:
        value = _converter(get_args(type_)[1], compiling)
        return None if value is None else _dict_converter(value)
    raise _NoPlan


def _annotated_converter(
    compiling: frozenset[type], inner: Any, *metadata: Any
) -> Callable[[Any], Any] | None:
    """`Annotated` types: the runtime's own validators have plans; other metadata must not matter."""
    for item in metadata:
        if isinstance(item, pydantic.PlainValidator):
            if item.func in _PLAIN_CONVERTERS:
                return _PLAIN_CONVERTERS[item.func]
            raise _NoPlan
    if any(not isinstance(item, pydantic.PlainSerializer) for item in metadata):
        raise _NoPlan
    return _converter(inner, compiling)


def _to_float(value: Any) -> Any:
    return float(value) if type(value) is int else value  # strict validation widens int to float


def _enum_converter(cls: type[OpenEnum] | type[OpenIntEnum]) -> Callable[[Any], Any]:
    """A member for a value of the enum's JSON type (an `UNKNOWN` one for a new value)."""
    value_type = str if issubclass(cls, str) else int
    known = cls._value2member_map_

    def convert(value: Any) -> Any:
        if type(value) is value_type:
            member = known.get(value)
            return member if member is not None else cls(value)
        return value

    return convert


def _list_converter(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is not list:
            return value
        return [None if x is None else item(x) for x in value]

    return convert


def _dict_converter(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is not dict:
            return value
        return {k: None if v is None else item(v) for k, v in value.items()}

    return convert


# The runtime's plain validators, and what the unvalidated path does instead (None: keep).
_PLAIN_CONVERTERS: dict[Callable[[Any], Any], Callable[[Any], Any] | None] = {
    _validate_datetime: _temporal_converter(_parse_datetime),
    _validate_date: _temporal_converter(_parse_date),
    _file_input: None,
}
