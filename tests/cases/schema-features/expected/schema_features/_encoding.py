"""Encoding request values for the wire: paths, queries, headers, form and multipart bodies."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard
from urllib.parse import quote, urlencode

if TYPE_CHECKING:
    import pydantic

_PATH_PARAMETER = re.compile(r"\{([^{}/]+)\}")


def is_model(value: Any) -> TypeGuard[pydantic.BaseModel]:
    """Whether `value` is a pydantic model, without importing pydantic: no model exists before
    pydantic is imported (the first model module used imports it, `Client()` does not)."""
    module = sys.modules.get("pydantic")
    return module is not None and isinstance(value, module.BaseModel)


def to_jsonable(value: Any) -> Any:
    """Models to their wire dicts, enums to values; everything else as it is."""
    if is_model(value):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def scalar_text(value: Any) -> str:
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def encode_path(template: str, params: Mapping[str, Any]) -> str:
    """Fill `{name}` placeholders; each value is percent-encoded so it stays one segment."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            return match.group(0)
        value = params[name]
        parts = value if isinstance(value, (list, tuple)) else [value]
        text = ",".join(quote(scalar_text(v), safe="") for v in parts)
        # "." and ".." would be removed by URL normalisation; encode them so they cannot be.
        return text.replace(".", "%2E") if text in (".", "..") else text

    return _PATH_PARAMETER.sub(fill, template)


def encode_query(
    query: Mapping[str, Any], styles: Mapping[str, tuple[str, bool]]
) -> list[tuple[str, str]]:
    """Query pairs following each parameter's `style`/`explode` (default: form, exploded)."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None:
            continue
        style, explode = styles.get(name, ("form", True))
        value = to_jsonable(value)
        if isinstance(value, dict):
            if style == "deepObject":
                pairs.extend(
                    (f"{name}[{k}]", scalar_text(v)) for k, v in value.items() if v is not None
                )
            elif explode:
                pairs.extend((str(k), scalar_text(v)) for k, v in value.items() if v is not None)
            else:
                pairs.append((name, ",".join(f"{k},{scalar_text(v)}" for k, v in value.items())))
        elif isinstance(value, list):
            separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
            if explode and style == "form":
                pairs.extend((name, scalar_text(v)) for v in value)
            else:
                pairs.append((name, separator.join(scalar_text(v) for v in value)))
        else:
            pairs.append((name, scalar_text(value)))
    return pairs


def header_value(name: str, value: Any) -> str:
    """A header value as text; CR and LF are refused so a value cannot add headers."""
    text = scalar_text(value)
    if "\r" in text or "\n" in text or "\x00" in text:
        raise ValueError(f"header {name!r} contains a line break or NUL")
    return text


def multipart_fields(body: Any) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """Form fields and file parts of a `multipart/form-data` body.

    Binary values (bytes, paths, binary files, `(filename, content)`), alone or in a list, are
    file parts; objects and lists of objects are `application/json` parts; the rest is text.
    """
    data: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    for name, value in to_jsonable_fields(body).items():
        items = value if isinstance(value, list) else [value]
        if value is None:
            continue
        if items and all(_is_file(v) for v in items):
            files.extend((name, _file_part(name, v)) for v in items)
        elif (
            isinstance(value, Mapping)
            or is_model(value)
            or any(isinstance(v, (Mapping, list)) or is_model(v) for v in items)
        ):
            files.append(
                (
                    name,
                    (None, json.dumps(to_jsonable(value), ensure_ascii=False), "application/json"),
                )
            )
        else:
            data[name] = (
                [scalar_text(v) for v in value] if isinstance(value, list) else scalar_text(value)
            )
    return data, files


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, os.PathLike, tuple)) or hasattr(value, "read")


def _file_part(name: str, value: Any) -> Any:
    """What httpx sends for one file part: (filename, content) or an open file it reads."""
    if isinstance(value, (bytes, bytearray)):
        return (name, bytes(value))
    if isinstance(value, os.PathLike):
        path = Path(value)
        return (path.name, path.read_bytes())
    return value


def to_jsonable_fields(body: Any) -> dict[str, Any]:
    """The fields of a form body (a model or a mapping) with wire names, binary kept as is."""
    if is_model(body):
        out: dict[str, Any] = {}
        for name, info in type(body).model_fields.items():  # declared order, not set order
            if name in body.model_fields_set:
                out[info.alias or name] = getattr(body, name)
        out.update(body.model_extra or {})
        return out
    if isinstance(body, Mapping):
        return {str(k): v for k, v in body.items()}
    raise TypeError(f"expected a model or a mapping for a form body, got {type(body).__name__}")


def form_body(body: Any) -> bytes:
    """An `application/x-www-form-urlencoded` body from a model or a mapping."""
    fields = {
        k: scalar_text(v) for k, v in to_jsonable(to_jsonable_fields(body)).items() if v is not None
    }
    return urlencode(fields).encode()
