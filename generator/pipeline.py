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
from generator.render import FormatOptions, render_package


@dataclass(frozen=True)
class GenerateRequest:
    """What to generate: a spec, the package's import name, templates and formatting."""

    spec: Path
    package_name: str | None = None
    templates: Path | None = None
    overrides: NameOverrides = field(default_factory=NameOverrides)
    format: FormatOptions = field(default_factory=FormatOptions)
    allow_remote_refs: bool = False


@dataclass(frozen=True)
class Generated:
    files: dict[str, bytes]
    warnings: tuple[Diagnostic, ...]
    package_name: str


def load_api(spec: Path, allow_remote_refs: bool = False) -> tuple[Api, Diagnostics]:
    """Load, resolve and build the IR; raises SpecError when the spec has errors."""
    diagnostics = Diagnostics()
    try:
        api = build_api(Resolver(spec, allow_remote=allow_remote_refs), diagnostics)
    except RecursionError:
        raise SpecError.single(str(spec), "the spec nests too deeply to process") from None
    if diagnostics.errors:
        raise SpecError(diagnostics.errors)
    return api, diagnostics


def generate(request: GenerateRequest) -> Generated:
    """Run the whole pipeline in memory; nothing is written."""
    api, diagnostics = load_api(request.spec, request.allow_remote_refs)
    package = request.package_name or default_package_name(api.title)
    if not is_safe_identifier(package) or package.startswith("_"):
        raise SpecError.single("--package-name", f"{package!r} is not a valid Python package name")
    if request.templates is not None and not request.templates.is_dir():
        raise SpecError.single(str(request.templates), "template folder not found")
    names = resolve_names(api, request.overrides)
    context = build_context(api, names, package, __version__)
    files = render_package(context, request.templates, request.format)
    return Generated(files, tuple(diagnostics.warnings), package)
