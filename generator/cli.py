"""The `oapigen` command line."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import click

from generator import __version__
from generator.config import ClientConfig, load_config
from generator.diagnostics import SpecError
from generator.outputcache import OutputCache, generate_cached
from generator.pipeline import GenerateRequest
from generator.formatcache import FormatCache, default_cache_dir
from generator.formatting import FORMATTERS, FormatOptions
from generator.writer import compare, write_files


def _requests(spec: Path | None, output: Path | None, package_name: str | None, templates: Path | None) -> list[ClientConfig]:
    """The clients to work on: the one named on the command line, or every configured one."""
    if spec is not None:
        if output is None:
            raise click.UsageError("SPEC needs an output folder: -o/--output OUT")
        return [ClientConfig(spec=spec, output=output, package_name=package_name, templates=templates)]
    if output is not None or package_name is not None:
        raise click.UsageError("-o and --package-name need a SPEC")
    clients = load_config(Path.cwd())
    if not clients:
        raise click.UsageError("no SPEC given and no [[tool.oapigen.clients]] in ./pyproject.toml")
    if templates is not None:
        clients = [ClientConfig(c.spec, c.output, c.package_name, templates, c.line_length) for c in clients]
    return clients


def _generate(client: ClientConfig, formatter: str, no_cache: bool) -> dict[str, bytes]:
    cache_dir = None if no_cache else default_cache_dir()
    cache = FormatCache(cache_dir) if cache_dir is not None else None
    result = generate_cached(
        GenerateRequest(
            spec=client.spec,
            package_name=client.package_name,
            templates=client.templates,
            format=FormatOptions(line_length=client.line_length, formatter=formatter, cache=cache),
        ),
        OutputCache(cache_dir) if cache_dir is not None else None,
    )
    for warning in result.warnings:
        click.echo(str(warning), err=True)
    return result.files


def _run(action: Callable[[], int]) -> None:
    """Run a command; spec and config problems become located one-line errors and exit 1."""
    try:
        code = action()
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            click.echo(str(diagnostic), err=True)
        sys.exit(1)
    sys.exit(code)


spec_argument = click.argument("spec", required=False, type=click.Path(path_type=Path, dir_okay=False))
output_option = click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), help="Output folder.")
package_option = click.option("--package-name", help="Import name of the generated package.")
templates_option = click.option(
    "--templates", type=click.Path(path_type=Path, file_okay=False), help="Folder of templates overriding the defaults."
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


@click.group()
@click.version_option(__version__, prog_name="oapigen")
def main() -> None:
    """Generate typed Python clients from OpenAPI 3.0 and 3.1 specs."""


@main.command("generate")
@spec_argument
@output_option
@package_option
@templates_option
@formatter_option
@no_cache_option
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def generate_command(
    spec: Path | None,
    output: Path | None,
    package_name: str | None,
    templates: Path | None,
    formatter: str,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Generate the client for SPEC into OUT (or every client configured in pyproject.toml)."""

    def action() -> int:
        for client in _requests(spec, output, package_name, templates):
            started = time.perf_counter()
            report = write_files(client.output, _generate(client, formatter, no_cache))
            if not quiet:
                click.echo(
                    f"{client.output}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
                    f"{len(report.removed)} removed ({time.perf_counter() - started:.2f}s)",
                    err=True,
                )
        return 0

    _run(action)


@main.command("check")
@spec_argument
@output_option
@package_option
@templates_option
@formatter_option
@no_cache_option
@click.option("--diff", "show_diff", is_flag=True, help="Print the full unified diff.")
def check_command(
    spec: Path | None,
    output: Path | None,
    package_name: str | None,
    templates: Path | None,
    formatter: str,
    no_cache: bool,
    show_diff: bool,
) -> None:
    """Exit 1 when OUT is not what generating SPEC would write now (nothing is written)."""

    def action() -> int:
        stale_any = False
        for client in _requests(spec, output, package_name, templates):
            state = compare(client.output, _generate(client, formatter, no_cache))
            if state.current:
                click.echo(f"{client.output}: up to date", err=True)
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
