"""Base classes for the models of AI Stats Gateway API: round-trip-exact pydantic models, open enums."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, timezone
from enum import Enum
from typing import IO, Annotated, Any, TypeAlias, TypeVar

import pydantic
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

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, with the wire names and only the fields set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        """`to_dict()` as a JSON document."""
        return self.model_dump_json(by_alias=True, exclude_unset=True)


class WireDateTime(datetime):
    """A `datetime` decoded from text; it encodes back to exactly that text."""

    wire: str


class WireDate(date):
    """A `date` decoded from text; it encodes back to exactly that text."""

    wire: str


def _parse_datetime(text: str) -> WireDateTime:
    parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    fields = (parsed.hour, parsed.minute, parsed.second, parsed.microsecond, parsed.tzinfo)
    value = WireDateTime(parsed.year, parsed.month, parsed.day, *fields, fold=parsed.fold)
    value.wire = text
    return value


def _parse_date(text: str) -> WireDate:
    parsed = date.fromisoformat(text)
    value = WireDate(parsed.year, parsed.month, parsed.day)
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


def _encode_temporal(value: Any) -> Any:
    if isinstance(value, (WireDateTime, WireDate)):
        return value.wire
    return value.isoformat() if isinstance(value, date) else value


# `format: date-time` and `format: date`. A value that is not valid ISO 8601 does not fail
# decoding: it stays the `str` it was. Either way it encodes back to the text received.
DateTime: TypeAlias = Annotated[
    datetime | str,
    pydantic.PlainValidator(_temporal_validator(_parse_datetime, datetime)),
    pydantic.PlainSerializer(_encode_temporal, when_used="json"),
]
Date: TypeAlias = Annotated[
    date | str,
    pydantic.PlainValidator(_temporal_validator(_parse_date, date)),
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
