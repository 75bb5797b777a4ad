"""The one-way pipeline: load → resolve refs → build IR → name → context → render → format."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__
from generator.api import build_api
from generator.config import ClientConfig, ExtraTemplate, OperationFilter, PaginationConfig, WaiterConfig
from generator.context import build_context, default_package_name
from generator.directions import apply_directions
from generator.diagnostics import Diagnostic, Diagnostics, SpecError
from generator.identifiers import is_safe_identifier
from generator.ir import Api
from generator.naming import NameOverrides, resolve_names
from generator.refs import Resolver
from generator.formatting import FormatOptions, FormatSession
from generator.render import render_package
from generator.selection import select_operations
from generator.writer import WINDOWS_RESERVED


# A spec file this big gives a client of well over a megabyte of Python (GitHub's 13 MB spec,
# 9 MB), so the formatter's process pool is started before the spec is loaded.
LARGE_SPEC_BYTES = 1_000_000


@dataclass(frozen=True)
class GenerateRequest:
    """What to generate: a spec, the package's import name, templates and formatting."""

    spec: Path
    package_name: str | None = None
    templates: Path | None = None
    overrides: NameOverrides = field(default_factory=NameOverrides)
    format: FormatOptions = field(default_factory=FormatOptions)
    include: OperationFilter | None = None
    exclude: OperationFilter | None = None
    extra_templates: tuple[ExtraTemplate, ...] = ()
    waiters: tuple[WaiterConfig, ...] = ()
    pagination: tuple[PaginationConfig, ...] = ()
    allow_remote_refs: bool = False

    @classmethod
    def for_client(cls, client: ClientConfig) -> GenerateRequest:
        """The request that generates a configured client."""
        return cls(
            spec=client.spec,
            package_name=client.package_name,
            templates=client.templates,
            overrides=client.names,
            format=FormatOptions(line_length=client.line_length),
            include=client.include,
            exclude=client.exclude,
            extra_templates=client.extra_templates,
            waiters=client.waiters,
            pagination=client.pagination,
            allow_remote_refs=client.allow_remote_refs,
        )


@dataclass(frozen=True)
class Generated:
    files: dict[str, bytes]
    warnings: tuple[Diagnostic, ...]
    package_name: str
    inputs: tuple[Path, ...] = ()  # every spec file read, the root first
    # The SHA-256 of the bytes each input was parsed from (None for a fetched document).
    digests: tuple[str | None, ...] = ()


def load_api(spec: Path, allow_remote_refs: bool = False) -> tuple[Api, Diagnostics]:
    """Load, resolve and build the IR; raises SpecError when the spec has errors."""
    api, diagnostics, _ = load_spec(spec, allow_remote_refs)
    return api, diagnostics


# Every spec file a run read, the root first, and the SHA-256 of the bytes parsed from each.
Inputs = tuple[tuple[Path, ...], tuple[str | None, ...]]


def _build(spec: Path, allow_remote_refs: bool) -> tuple[Api, Diagnostics, Inputs]:
    """Build the IR, collecting diagnostics; raises SpecError only when it cannot be built."""
    diagnostics = Diagnostics()
    try:
        resolver = Resolver(spec, allow_remote=allow_remote_refs)
        api = build_api(resolver, diagnostics)
    except RecursionError:
        raise SpecError.single(str(spec), "the spec nests too deeply to process") from None
    return api, diagnostics, (resolver.document_paths(), resolver.document_digests())


def load_spec(spec: Path, allow_remote_refs: bool = False) -> tuple[Api, Diagnostics, Inputs]:
    """`load_api`, also naming every file it read (the root first) with its contents' hash."""
    api, diagnostics, inputs = _build(spec, allow_remote_refs)
    if diagnostics.errors:
        raise SpecError(diagnostics.errors)
    return api, diagnostics, inputs


def validate_spec(spec: Path, allow_remote_refs: bool = False) -> tuple[Api | None, Diagnostics]:
    """Every diagnostic for `spec`, errors and warnings; the IR when it could be built."""
    try:
        api, diagnostics, _ = _build(spec, allow_remote_refs)
    except SpecError as exc:
        return None, Diagnostics(list(exc.diagnostics))
    return api, diagnostics


def default_package(title: str) -> str:
    """A package name from the title: no keyword, no reserved file name, no standard module."""
    package = default_package_name(title)
    unsafe = not is_safe_identifier(package) or package in sys.stdlib_module_names or package.lower() in WINDOWS_RESERVED
    return f"{package}_client" if unsafe else package


def generate(request: GenerateRequest) -> Generated:
    """Run the whole pipeline in memory; nothing is written."""
    with _collector_paused():
        # The collector comes back only once the run's objects are freed (when `_generate`
        # returns): else its first collection would walk them all.
        return _generate(request)


def _generate(request: GenerateRequest) -> Generated:
    with FormatSession(request.format) as formatter:
        if request.format.early_start and _is_large(request.spec):
            formatter.start_pool()  # its workers start while the spec loads
        api, diagnostics, inputs = load_spec(request.spec, request.allow_remote_refs)
        package = request.package_name or default_package(api.title)
        if not is_safe_identifier(package) or package.startswith("_") or package.lower() in WINDOWS_RESERVED:
            raise SpecError.single("--package-name", f"{package!r} is not a valid Python package name")
        if request.templates is not None and not request.templates.is_dir():
            raise SpecError.single(str(request.templates), "template folder not found")
        api = apply_directions(select_operations(api, request.include, request.exclude))
        names = resolve_names(api, request.overrides)
        context = build_context(api, names, package, __version__, request.waiters, request.pagination)
        files = render_package(context, request.templates, formatter, request.extra_templates)
    return Generated(files, tuple(diagnostics.warnings), package, *inputs)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the run (as it was before, after it).

    The pipeline builds millions of objects that live until it ends (spec, IR, context, sources)
    and little cyclic garbage; the collector would walk them again and again for nothing (15-20 %
    of the run's CPU on GitHub's spec, for 6 MiB more peak memory).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _is_large(spec: Path) -> bool:
    """Whether a spec is big enough that its client will surely be formatted in parallel."""
    try:
        return spec.stat().st_size >= LARGE_SPEC_BYTES
    except OSError:
        return False  # load_spec reports it
