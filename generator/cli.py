"""The `oapigen` command line."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import click

from generator import __version__
from generator.config import ClientConfig, find_config, load_config
from generator.diagnostics import SpecError
from generator.formatcache import FormatCache, default_cache_dir
from generator.formatting import FORMATTERS
from generator.directions import apply_directions
from generator.irdump import dump_ir
from generator.outputcache import OutputCache, generate_cached
from generator.pipeline import GenerateRequest, load_api, validate_spec
from generator.render import default_templates_dir
from generator.writer import compare, read_manifest, write_files


MAX_WARNINGS_SHOWN = 10


class Reporter:
    """What the user sees on stderr: progress on a terminal, a summary, or nothing (--quiet)."""

    def __init__(self, quiet: bool, verbose: bool) -> None:
        self.quiet = quiet
        self.verbose = verbose
        self.live = not quiet and sys.stderr.isatty()

    def progress(self, text: str) -> None:
        if self.live:
            click.echo(f"\r\033[K{text}", nl=False, err=True)

    def line(self, text: str) -> None:
        if self.live:
            click.echo("\r\033[K", nl=False, err=True)
        if not self.quiet:
            click.echo(text, err=True)

    def detail(self, text: str) -> None:
        if self.verbose:
            self.line(text)


def _clients(
    spec: Path | None,
    output: Path | None,
    package_name: str | None,
    templates: Path | None,
    config: Path | None,
    allow_remote_refs: bool = False,
) -> list[ClientConfig]:
    """The clients to work on: the one named on the command line, or every configured one."""
    if spec is not None:
        if output is None:
            raise click.UsageError("SPEC needs an output folder: -o/--output OUT")
        client = ClientConfig(spec=spec, output=output, package_name=package_name, templates=templates)
        return [replace(client, allow_remote_refs=allow_remote_refs)]
    if output is not None or package_name is not None:
        raise click.UsageError("-o and --package-name go with a SPEC")
    path = config or find_config(Path.cwd())
    if path is None:
        raise click.UsageError("no SPEC given and no oapigen.yaml or [tool.oapigen] in ./pyproject.toml")
    clients = load_config(path)
    if not clients:
        raise click.UsageError(f"{path} configures no clients")
    clients = [replace(c, templates=templates) if templates is not None else c for c in clients]
    return [replace(c, allow_remote_refs=True) if allow_remote_refs else c for c in clients]


def _generate(client: ClientConfig, reporter: Reporter, formatter: str, no_cache: bool) -> dict[str, bytes]:
    reporter.progress(f"{client.spec}: generating…")
    cache_dir = None if no_cache else default_cache_dir()
    request = GenerateRequest.for_client(client)
    cache = FormatCache(cache_dir) if cache_dir is not None else None
    # A client generated before (it has a manifest) mostly comes from the cache when regenerated.
    early_start = cache is None or not read_manifest(client.output)
    request = replace(request, format=replace(request.format, formatter=formatter, cache=cache, early_start=early_start))
    try:
        result = generate_cached(request, OutputCache(cache_dir) if cache_dir is not None else None)
    except SpecError:
        raise
    except Exception as exc:  # a bug in oapigen: still one located line, never a traceback
        message = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        raise SpecError.single(str(client.spec), f"internal error (please report it): {message}") from None
    shown = result.warnings if reporter.verbose else result.warnings[:MAX_WARNINGS_SHOWN]
    for warning in shown:
        reporter.line(str(warning))
    if len(result.warnings) > len(shown):
        reporter.line(f"{client.spec}: {len(result.warnings) - len(shown)} more warning(s); --verbose shows them all")
    return result.files


def _run(action: Callable[[], int]) -> None:
    """Run a command; spec and config problems become located one-line errors and exit 1."""
    try:
        code = action()
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            click.echo(str(diagnostic), err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"error: {exc.filename or 'output'}: cannot write: {exc.strerror or exc}", err=True)
        sys.exit(1)
    sys.exit(code)


spec_argument = click.argument("spec", required=False, type=click.Path(path_type=Path, dir_okay=False))
output_option = click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), help="Output folder.")
package_option = click.option("--package-name", help="Import name of the generated package.")
templates_option = click.option(
    "--templates", type=click.Path(path_type=Path, file_okay=False), help="Folder of templates overriding the defaults."
)
config_option = click.option(
    "--config", type=click.Path(path_type=Path, dir_okay=False, exists=True), help="oapigen.yaml or pyproject.toml to read."
)
remote_option = click.option(
    "--allow-remote-refs", is_flag=True, help="Follow http(s) $refs (off by default: specs are untrusted input)."
)
formatter_option = click.option(
    "--formatter",
    type=click.Choice(FORMATTERS),
    default="black",
    show_default=True,
    help="Formatter for the generated Python (ruff needs the oapigen[ruff] extra).",
)
no_cache_option = click.option(
    "--no-cache", is_flag=True, help="Neither read nor write the cache of formatted output ($OAPIGEN_CACHE_DIR)."
)
quiet_option = click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
verbose_option = click.option("-v", "--verbose", is_flag=True, help="Also print every file and warning.")


@click.group()
@click.version_option(__version__, prog_name="oapigen")
def main() -> None:
    """Generate typed Python clients from OpenAPI 3.0 and 3.1 specs."""


@main.command("generate")
@spec_argument
@output_option
@package_option
@templates_option
@config_option
@remote_option
@formatter_option
@no_cache_option
@click.option("--fail-on-change", is_flag=True, help="Exit 1 when any file was written or removed (for hooks).")
@quiet_option
@verbose_option
def generate_command(
    spec: Path | None,
    output: Path | None,
    package_name: str | None,
    templates: Path | None,
    config: Path | None,
    allow_remote_refs: bool,
    formatter: str,
    no_cache: bool,
    fail_on_change: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Generate the client for SPEC into OUT, or every configured client."""
    reporter = Reporter(quiet, verbose)

    def action() -> int:
        changed = False
        for client in _clients(spec, output, package_name, templates, config, allow_remote_refs):
            started = time.perf_counter()
            files = _generate(client, reporter, formatter, no_cache)
            reporter.progress(f"{client.output}: writing…")
            report = write_files(client.output, files)
            for path in report.written:
                reporter.detail(f"  wrote    {path}")
            for path in report.removed:
                reporter.detail(f"  removed  {path}")
            for path in report.protected:
                reporter.detail(f"  kept     {path} (.oapigenignore)")
            reporter.line(
                f"{client.output}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
                f"{len(report.removed)} removed ({time.perf_counter() - started:.2f}s)"
            )
            changed = changed or bool(report.written or report.removed)
        return 1 if fail_on_change and changed else 0

    _run(action)


@main.command("check")
@spec_argument
@output_option
@package_option
@templates_option
@config_option
@click.option("--diff", "show_diff", is_flag=True, help="Print the full unified diff.")
@remote_option
@formatter_option
@no_cache_option
@quiet_option
@verbose_option
def check_command(
    spec: Path | None,
    output: Path | None,
    package_name: str | None,
    templates: Path | None,
    config: Path | None,
    show_diff: bool,
    allow_remote_refs: bool,
    formatter: str,
    no_cache: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Exit 1 when OUT is not what `generate` would write now; writes nothing."""
    reporter = Reporter(quiet, verbose)

    def action() -> int:
        stale_any = False
        for client in _clients(spec, output, package_name, templates, config, allow_remote_refs):
            state = compare(client.output, _generate(client, reporter, formatter, no_cache))
            if state.current:
                reporter.line(f"{client.output}: up to date")
                continue
            stale_any = True
            click.echo(f"{client.output}: out of date; run `oapigen generate` to update it", err=True)
            for path in state.changed:
                diff = state.diffs[path]
                added = sum(1 for line in diff if line.startswith("+") and not line.startswith("+++"))
                removed = sum(1 for line in diff if line.startswith("-") and not line.startswith("---"))
                click.echo(f"  changed  {path} (+{added} -{removed})", err=True)
            for path in state.missing:
                click.echo(f"  missing  {path}", err=True)
            for path in state.stale:
                click.echo(f"  stale    {path} (no longer generated)", err=True)
            if show_diff:
                for path in state.changed:
                    click.echo("".join(state.diffs[path]), nl=False)
        return 1 if stale_any else 0

    _run(action)


@main.command("validate")
@click.argument("spec", type=click.Path(path_type=Path, dir_okay=False))
def validate_command(spec: Path) -> None:
    """Print every problem in SPEC (level, JSON pointer, message); exit 1 if any is an error."""

    def action() -> int:
        api, diagnostics = validate_spec(spec)
        for diagnostic in diagnostics.items:
            click.echo(str(diagnostic))
        if diagnostics.errors or api is None:
            click.echo(f"{spec}: {len(diagnostics.errors)} error(s), {len(diagnostics.warnings)} warning(s)", err=True)
            return 1
        click.echo(
            f"{spec}: valid ({len(api.operations)} operations, {len(api.schemas)} schemas, "
            f"{len(diagnostics.warnings)} warning(s))",
            err=True,
        )
        return 0

    _run(action)


@main.command("ir")
@click.argument("spec", type=click.Path(path_type=Path, dir_okay=False))
def ir_command(spec: Path) -> None:
    """Print the intermediate model of SPEC as JSON (what templates are built from)."""

    def action() -> int:
        api, _ = load_api(spec)
        click.echo(dump_ir(apply_directions(api)), nl=False)
        return 0

    _run(action)


@main.group("templates")
def templates_group() -> None:
    """Work with the default templates."""


@templates_group.command("export")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite files that already exist in FOLDER.")
def templates_export(folder: Path, force: bool) -> None:
    """Copy the default templates into FOLDER, as a starting point for your own."""
    source = default_templates_dir()
    names = sorted(p.name for p in source.glob("*.jinja"))
    existing = [n for n in names if (folder / n).exists()]
    if existing and not force:
        click.echo(f"error: {folder}: {', '.join(existing)} already exist (use --force to overwrite)", err=True)
        sys.exit(1)
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(source / name, folder / name)
    click.echo(f"{folder}: {len(names)} templates exported", err=True)


@templates_group.command("docs")
def templates_docs() -> None:
    """Print the reference of the template context (docs/templates.md)."""
    from generator.template_docs import render_reference

    click.echo(render_reference(), nl=False)
