"""The one-way pipeline: load → resolve refs → build IR → name → context → render → format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__
from generator.api import build_api
from generator.context import build_context, default_package_name
from generator.diagnostics import Diagnostic, Diagnostics, SpecError
from generator.identifiers import is_safe_identifier
from generator.ir import Api
from generator.naming import NameOverrides, resolve_names
from generator.refs import Resolver
from generator.formatting import FormatOptions
from generator.render import render_package


@dataclass(frozen=True)
class GenerateRequest:
    """What to generate: a spec, the package's import name, templates and formatting."""

    spec: Path
    package_name: str | None = None
    templates: Path | None = None
    overrides: NameOverrides = field(default_factory=NameOverrides)
    format: FormatOptions = field(default_factory=FormatOptions)


@dataclass(frozen=True)
class Generated:
    files: dict[str, bytes]
    warnings: tuple[Diagnostic, ...]
    package_name: str
    inputs: tuple[Path, ...] = ()  # every spec file read, the root first


def load_api(spec: Path) -> tuple[Api, Diagnostics]:
    """Load, resolve and build the IR; raises SpecError when the spec has errors."""
    api, diagnostics, _ = load_spec(spec)
    return api, diagnostics


def load_spec(spec: Path) -> tuple[Api, Diagnostics, tuple[Path, ...]]:
    """`load_api`, also naming every file it read (the root first)."""
    diagnostics = Diagnostics()
    try:
        resolver = Resolver(spec)
        api = build_api(resolver, diagnostics)
    except RecursionError:
        raise SpecError.single(str(spec), "the spec nests too deeply to process") from None
    if diagnostics.errors:
        raise SpecError(diagnostics.errors)
    return api, diagnostics, resolver.document_paths()


def generate(request: GenerateRequest) -> Generated:
    """Run the whole pipeline in memory; nothing is written."""
    api, diagnostics, inputs = load_spec(request.spec)
    package = request.package_name or default_package_name(api.title)
    if not is_safe_identifier(package) or package.startswith("_"):
        raise SpecError.single("--package-name", f"{package!r} is not a valid Python package name")
    if request.templates is not None and not request.templates.is_dir():
        raise SpecError.single(str(request.templates), "template folder not found")
    names = resolve_names(api, request.overrides)
    context = build_context(api, names, package, __version__)
    files = render_package(context, request.templates, request.format)
    return Generated(files, tuple(diagnostics.warnings), package, inputs)
