"""Checking `default` values against their schema (OpenAPI §4.8.24: a default MUST conform).

A parameter's default is what the server assumes when the client sends nothing, and it is shown
in the method's docstring; a property's default is documented on the field. Either way a value
that cannot be of its schema's type is reported. The one repair made: a number or boolean on a
string schema (an unquoted `0` in YAML) is taken as its text, the same characters on the wire;
an empty string on a string with a format (`date`, `uuid`, ...) is taken as "no default".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from generator.ir import ConstType, EnumType, JsonValue, Nullable, Primitive, SchemaType

_JSON_TYPES: dict[str, tuple[type, ...]] = {"integer": (int,), "number": (int, float), "boolean": (bool,)}


def fit_default(value: JsonValue, schema: SchemaType) -> tuple[JsonValue, str | None]:
    """The default as it will be used, and what is wrong with it (None when it is valid)."""
    match schema:
        case Nullable(inner=inner):
            return (None, None) if value is None else fit_default(value, inner)
        case ConstType(value=expected):
            return value, None if value == expected else f"default {value!r} is not the const {expected!r}"
        case EnumType(values=values):
            return value, None if value in values else f"default {value!r} is not one of the enum values"
        case Primitive(type="string", format=fmt):
            text = _as_text(value)
            if text is None:
                return value, f"default {value!r} is not a string"
            if text == "" and fmt:
                return None, None  # `default: ""` on a formatted string is how specs say "none"
            return text, _format_problem(text, fmt)
        case Primitive(type=type_):
            valid = isinstance(value, _JSON_TYPES[type_]) and (type_ == "boolean" or not isinstance(value, bool))
            return value, None if valid else f"default {value!r} is not of type {type_}"
        case _:
            return value, None


def _as_text(value: JsonValue) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return None


def _format_problem(text: str, fmt: str | None) -> str | None:
    """Why `text` is not a valid value of string format `fmt` (only formats we parse)."""
    parsers: dict[str, Callable[[str], object]] = {"uuid": uuid.UUID, "date": date.fromisoformat, "date-time": _parse_datetime}
    parser = parsers.get(fmt or "")
    if parser is None:
        return None
    try:
        parser(text)
    except ValueError:
        return f"default {text!r} is not a valid {fmt}"
    return None


def _parse_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
