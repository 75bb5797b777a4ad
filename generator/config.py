"""Configuration: the `[tool.oapigen]` table of pyproject.toml (one entry per client)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import SpecError

CONFIG_FILE = "pyproject.toml"
_CLIENT_KEYS = {"spec": str, "output": str, "package-name": str, "templates": str, "line-length": int}
_REQUIRED = ("spec", "output")


@dataclass(frozen=True)
class ClientConfig:
    """One client to generate: paths are resolved against the config file's folder."""

    spec: Path
    output: Path
    package_name: str | None = None
    templates: Path | None = None
    line_length: int = 100


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
    )
