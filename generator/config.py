"""Configuration: the `[tool.oapigen]` table of pyproject.toml (one entry per client)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import SpecError

CONFIG_FILE = "pyproject.toml"
_CLIENT_KEYS = {
    "spec": str,
    "output": str,
    "package-name": str,
    "templates": str,
    "line-length": int,
    "waiters": list,
    "pagination": list,
}
_REQUIRED = ("spec", "output")


@dataclass(frozen=True)
class WaiterConfig:
    """A declared waiter: poll `operation` (an operationId) until `status_field` is terminal."""

    operation: str
    status_field: str
    success: tuple[str, ...]
    failure: tuple[str, ...] = ()
    interval_field: str | None = None
    error_field: str | None = None
    name: str | None = None
    where: str = ""


@dataclass(frozen=True)
class PaginationConfig:
    """A declared paging shape for `operation` (an operationId); names are the spec's."""

    operation: str
    style: str
    items: str
    param: str | None = None
    next_field: str | None = None
    has_more_field: str | None = None
    limit_param: str | None = None
    where: str = ""


@dataclass(frozen=True)
class ClientConfig:
    """One client to generate: paths are resolved against the config file's folder."""

    spec: Path
    output: Path
    package_name: str | None = None
    templates: Path | None = None
    line_length: int = 100
    waiters: tuple[WaiterConfig, ...] = ()
    pagination: tuple[PaginationConfig, ...] = ()


def load_config(folder: Path) -> list[ClientConfig]:
    """The clients configured in `folder/pyproject.toml`; an empty list when there are none."""
    path = folder / CONFIG_FILE
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SpecError.single(str(path), f"invalid TOML: {exc}") from None
    table = data.get("tool", {}).get("oapigen")
    if table is None:
        return []
    return _clients(table, path)


def _clients(table: Any, path: Path) -> list[ClientConfig]:
    where = f"{path} [tool.oapigen]"
    if not isinstance(table, dict):
        raise SpecError.single(where, "must be a table")
    unknown = set(table) - {"clients"}
    if unknown:
        raise SpecError.single(where, f"unknown key {sorted(unknown)[0]!r} (expected 'clients')")
    clients = table.get("clients", [])
    if not isinstance(clients, list):
        raise SpecError.single(where + ".clients", "must be an array of tables ([[tool.oapigen.clients]])")
    return [_client(entry, f"{where}.clients[{i}]", path.parent) for i, entry in enumerate(clients)]


def _client(entry: Any, where: str, base: Path) -> ClientConfig:
    if not isinstance(entry, dict):
        raise SpecError.single(where, "must be a table")
    for key, value in entry.items():
        expected = _CLIENT_KEYS.get(key)
        if expected is None:
            raise SpecError.single(where, f"unknown key {key!r} (expected one of {', '.join(sorted(_CLIENT_KEYS))})")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise SpecError.single(f"{where}.{key}", f"must be a {expected.__name__}, not {type(value).__name__}")
    for key in _REQUIRED:
        if key not in entry:
            raise SpecError.single(where, f"missing required key {key!r}")
    return ClientConfig(
        spec=base / entry["spec"],
        output=base / entry["output"],
        package_name=entry.get("package-name"),
        templates=base / entry["templates"] if "templates" in entry else None,
        line_length=entry.get("line-length", 100),
        waiters=tuple(_waiter(item, f"{where}.waiters[{i}]") for i, item in enumerate(entry.get("waiters", []))),
        pagination=tuple(_pagination(item, f"{where}.pagination[{i}]") for i, item in enumerate(entry.get("pagination", []))),
    )


_WAITER_KEYS: dict[str, type] = {
    "operation": str,
    "status-field": str,
    "success": list,
    "failure": list,
    "interval-field": str,
    "error-field": str,
    "name": str,
}
_PAGINATION_KEYS: dict[str, type] = {
    "operation": str,
    "style": str,
    "items": str,
    "param": str,
    "next-field": str,
    "has-more-field": str,
    "limit-param": str,
}
PAGINATION_STYLES = ("cursor", "offset", "page", "next")


def _table(entry: Any, where: str, keys: dict[str, type], required: tuple[str, ...]) -> dict[str, Any]:
    """A checked sub-table: known keys of the right types, required ones present, lists of strings."""
    if not isinstance(entry, dict):
        raise SpecError.single(where, "must be a table")
    for key, value in entry.items():
        expected = keys.get(key)
        if expected is None:
            raise SpecError.single(where, f"unknown key {key!r} (expected one of {', '.join(sorted(keys))})")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise SpecError.single(f"{where}.{key}", f"must be a {expected.__name__}, not {type(value).__name__}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise SpecError.single(f"{where}.{key}", "must be a list of strings")
    for key in required:
        if key not in entry:
            raise SpecError.single(where, f"missing required key {key!r}")
    return entry


def _waiter(entry: Any, where: str) -> WaiterConfig:
    table = _table(entry, where, _WAITER_KEYS, ("operation", "status-field", "success"))
    return WaiterConfig(
        operation=table["operation"],
        status_field=table["status-field"],
        success=tuple(table["success"]),
        failure=tuple(table.get("failure", ())),
        interval_field=table.get("interval-field"),
        error_field=table.get("error-field"),
        name=table.get("name"),
        where=where,
    )


def _pagination(entry: Any, where: str) -> PaginationConfig:
    table = _table(entry, where, _PAGINATION_KEYS, ("operation", "style", "items"))
    if table["style"] not in PAGINATION_STYLES:
        raise SpecError.single(f"{where}.style", f"must be one of {', '.join(PAGINATION_STYLES)}")
    return PaginationConfig(
        operation=table["operation"],
        style=table["style"],
        items=table["items"],
        param=table.get("param"),
        next_field=table.get("next-field"),
        has_more_field=table.get("has-more-field"),
        limit_param=table.get("limit-param"),
        where=where,
    )
