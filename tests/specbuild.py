"""Helpers that build small specs on disk and run the real pipeline stages on them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.context import build_context
from generator.diagnostics import Diagnostics
from generator.ir import Api, SchemaDef
from generator.naming import Names, resolve_names
from generator.pipeline import load_api
from generator.pytypes import Annotator


def spec_with(schemas: dict[str, Any], paths: dict[str, Any] | None = None, version: str = "3.0.3") -> dict[str, Any]:
    """A minimal OpenAPI document with the given component schemas and paths."""
    return {
        "openapi": version,
        "info": {"title": "Test API", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test/v1"}],
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def write_spec(tmp_path: Path, document: dict[str, Any], name: str = "spec.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document))
    return path


def build(tmp_path: Path, document: dict[str, Any]) -> tuple[Api, Names, Diagnostics]:
    api, diagnostics = load_api(write_spec(tmp_path, document))
    return api, resolve_names(api), diagnostics


def annotation_of(tmp_path: Path, schema: Any, version: str = "3.0.3") -> str:
    """The annotation a property with `schema` gets in its model (`| None` if optional)."""
    document = spec_with({"Holder": {"type": "object", "required": ["f"], "properties": {"f": schema}}}, version=version)
    api, names, _ = build(tmp_path, document)
    context = build_context(api, names, "pkg", "0")
    holder = next(m for m in context.models if m.name == "Holder")
    return holder.fields[0].annotation


def definition(api: Api, name: str, names: Names) -> SchemaDef:
    return next(d for d in api.schemas if names.classes[d.key] == name)


def annotator(api: Api, names: Names) -> Annotator:
    return Annotator({d.key: d for d in api.schemas}, names)
