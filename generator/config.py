"""Configuration: `[tool.oapigen]` in pyproject.toml, or `oapigen.yaml`: one entry per client.

Every key is checked: an unknown key or a value of the wrong type is an error that names the
file and the key, so a typo never silently does nothing.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from generator.diagnostics import SpecError
from generator.naming import NameOverrides

CONFIG_FILES = ("oapigen.yaml", "pyproject.toml")
TemplateScope = Literal["api", "model", "operation"]
PAGINATION_STYLES = ("cursor", "offset", "page", "next")


@dataclass(frozen=True)
class OperationFilter:
    """Operations selected by tag, path pattern (`fnmatch`) or operationId."""

    tags: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    operations: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtraTemplate:
    """A user template with no default of its name, rendered once per API, model or operation."""

    template: str
    per: TemplateScope
    path: str


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
    """One client to generate; paths are resolved against the config file's folder."""

    spec: Path
    output: Path
    package_name: str | None = None
    templates: Path | None = None
    line_length: int = 100
    names: NameOverrides = field(default_factory=NameOverrides)
    include: OperationFilter | None = None
    exclude: OperationFilter | None = None
    extra_templates: tuple[ExtraTemplate, ...] = ()
    waiters: tuple[WaiterConfig, ...] = ()
    pagination: tuple[PaginationConfig, ...] = ()
    allow_remote_refs: bool = False


def find_config(folder: Path) -> Path | None:
    """The config file in `folder`: oapigen.yaml, else a pyproject.toml with [tool.oapigen]."""
    for name in CONFIG_FILES:
        path = folder / name
        if path.is_file() and (name != "pyproject.toml" or "[tool.oapigen" in path.read_text("utf-8", "replace")):
            return path
    return None


def load_config(path: Path) -> list[ClientConfig]:
    """The clients configured in `path` (an oapigen.yaml or a pyproject.toml)."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise SpecError.single(str(path), f"cannot read config: {exc.strerror}") from None
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SpecError.single(str(path), f"invalid TOML: {exc}") from None
        table = data.get("tool", {}).get("oapigen")
        scope = "[tool.oapigen]"
    else:
        try:
            table = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise SpecError.single(str(path), f"invalid YAML: {exc}") from None
        scope = "config"
    if table is None:
        return []
    where = f"{path}: {scope}"
    checked = _check(table, _TOP, where)
    return [_client(entry, f"{where}.clients[{i}]", path.parent) for i, entry in enumerate(checked.get("clients", []))]


# -- a small declarative checker ------------------------------------------------------------

Check = Callable[[Any, str], Any]


def _of(kind: type, name: str) -> Check:
    def check(value: Any, where: str) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SpecError.single(where, f"must be {name}, not {_type_name(value)}")
        return value

    return check


def _list_of(item: Check) -> Check:
    def check(value: Any, where: str) -> Any:
        _of(list, "a list")(value, where)
        return tuple(item(v, f"{where}[{i}]") for i, v in enumerate(value))

    return check


def _map_of(item: Check) -> Check:
    def check(value: Any, where: str) -> Any:
        _of(dict, "a table")(value, where)
        return {str(k): item(v, f"{where}.{k}") for k, v in value.items()}

    return check


def _one_of(*choices: str) -> Check:
    def check(value: Any, where: str) -> Any:
        if value not in choices:
            raise SpecError.single(where, f"must be one of {', '.join(map(repr, choices))}, not {value!r}")
        return value

    return check


def _table(keys: dict[str, Check], required: tuple[str, ...] = ()) -> Check:
    return lambda value, where: _check(value, keys, where, required)


def _check(value: Any, keys: dict[str, Check], where: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    _of(dict, "a table")(value, where)
    for key in value:
        if key not in keys:
            raise SpecError.single(where, f"unknown key {key!r} (expected one of: {', '.join(sorted(keys))})")
    for key in required:
        if key not in value:
            raise SpecError.single(where, f"missing required key {key!r}")
    return {key: keys[key](v, f"{where}.{key}") for key, v in value.items()}


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}.get(
        type(value), type(value).__name__
    )


_STR = _of(str, "a string")
_STRINGS = _list_of(_STR)
_FILTER = _table({"tags": _STRINGS, "paths": _STRINGS, "operations": _STRINGS})
_EXTRA = _table(
    {"template": _STR, "per": _one_of("api", "model", "operation"), "path": _STR}, required=("template", "per", "path")
)
_CLIENT: dict[str, Check] = {
    "spec": _STR,
    "output": _STR,
    "package-name": _STR,
    "templates": _STR,
    "formatter": _table({"line-length": _of(int, "an integer")}),
    "names": _table({"schemas": _map_of(_STR), "operations": _map_of(_STR)}),
    "include": _FILTER,
    "exclude": _FILTER,
    "extra-templates": _list_of(_EXTRA),
    "allow-remote-refs": _of(bool, "a boolean"),
    "waiters": _list_of(
        _table(
            {
                "operation": _STR,
                "status-field": _STR,
                "success": _STRINGS,
                "failure": _STRINGS,
                "interval-field": _STR,
                "error-field": _STR,
                "name": _STR,
            },
            required=("operation", "status-field", "success"),
        )
    ),
    "pagination": _list_of(
        _table(
            {
                "operation": _STR,
                "style": _one_of(*PAGINATION_STYLES),
                "items": _STR,
                "param": _STR,
                "next-field": _STR,
                "has-more-field": _STR,
                "limit-param": _STR,
            },
            required=("operation", "style", "items"),
        )
    ),
}
_TOP: dict[str, Check] = {"clients": _list_of(_table(_CLIENT, required=("spec", "output")))}


def _client(entry: dict[str, Any], where: str, base: Path) -> ClientConfig:
    names = entry.get("names", {})
    formatter = entry.get("formatter", {})
    return ClientConfig(
        spec=base / entry["spec"],
        output=base / entry["output"],
        package_name=entry.get("package-name"),
        templates=base / entry["templates"] if "templates" in entry else None,
        line_length=formatter.get("line-length", 100),
        names=NameOverrides(schemas=names.get("schemas", {}), operations=names.get("operations", {})),
        include=OperationFilter(**entry["include"]) if "include" in entry else None,
        exclude=OperationFilter(**entry["exclude"]) if "exclude" in entry else None,
        extra_templates=tuple(ExtraTemplate(**e) for e in entry.get("extra-templates", ())),
        allow_remote_refs=entry.get("allow-remote-refs", False),
        waiters=tuple(_waiter(item, f"{where}.waiters[{i}]") for i, item in enumerate(entry.get("waiters", ()))),
        pagination=tuple(
            _pagination(item, f"{where}.pagination[{i}]") for i, item in enumerate(entry.get("pagination", ()))
        ),
    )


def _waiter(table: dict[str, Any], where: str) -> WaiterConfig:
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


def _pagination(table: dict[str, Any], where: str) -> PaginationConfig:
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
