"""Render templates into the files of a client package and format them (see `formatting`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from generator.context import PackageContext
from generator.diagnostics import SpecError
from generator.formatting import FormatOptions, format_sources
from generator.identifiers import pascal_case, snake_case
from generator.literals import comment_text, docstring_block, docstring_text, python_literal

# Default template → output path; `{package}` is the package's import name.
PACKAGE_FILES: tuple[tuple[str, str], ...] = (
    ("pyproject.toml.jinja", "pyproject.toml"),
    ("README.md.jinja", "README.md"),
    ("py.typed.jinja", "{package}/py.typed"),
    ("__init__.py.jinja", "{package}/__init__.py"),
    ("errors.py.jinja", "{package}/errors.py"),
    ("_base_model.py.jinja", "{package}/_base_model.py"),
    ("_encoding.py.jinja", "{package}/_encoding.py"),
    ("_base_client.py.jinja", "{package}/_base_client.py"),
    ("models.py.jinja", "{package}/models.py"),
    ("_endpoints.py.jinja", "{package}/_endpoints.py"),
    ("client.py.jinja", "{package}/client.py"),
)


def default_templates_dir() -> Path:
    """The shipped templates: inside the installed package, or `templates/` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "client.py.jinja").is_file():
            return candidate
    raise FileNotFoundError("oapigen's default templates are missing from this installation")


def markdown_text(value: Any) -> str:
    """Spec text made safe for one Markdown table cell or heading."""
    text = " ".join(str(value).split())
    for char, escaped in (("\\", "\\\\"), ("|", "\\|"), ("`", "\\`"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(char, escaped)
    return text


FILTERS: dict[str, Callable[..., str]] = {
    "literal": python_literal,
    "docstring": docstring_text,
    "docstring_block": docstring_block,
    "comment": comment_text,
    "toml": lambda value: json.dumps(str(value)),
    "markdown": markdown_text,
    "snake_case": snake_case,
    "pascal_case": pascal_case,
}


def make_environment(user_templates: Path | None) -> jinja2.Environment:
    """A Jinja environment where the user's templates override the defaults file by file."""
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders.append(jinja2.FileSystemLoader(str(default_templates_dir())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # noqa: S701 - output is Python, not HTML; values are escaped explicitly
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def render_package(
    context: PackageContext, user_templates: Path | None, options: FormatOptions
) -> dict[str, bytes]:
    """Render every package file: relative POSIX path → formatted bytes."""
    env = make_environment(user_templates)
    variables = {**{name: getattr(context, name) for name in context.__dataclass_fields__}, "ctx": context}
    texts = {pattern.format(package=context.package_name): _render(env, name, variables) for name, pattern in PACKAGE_FILES}
    formatted = format_sources({path: text for path, text in texts.items() if path.endswith(".py")}, options)
    return {path: formatted.get(path, text).encode("utf-8") for path, text in texts.items()}


def _render(env: jinja2.Environment, template_name: str, variables: dict[str, Any]) -> str:
    try:
        return env.get_template(template_name).render(variables)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or template_name}:{exc.lineno}"
        raise SpecError.single(where, f"template syntax error: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise SpecError.single(_template_location(exc, template_name), f"template error: {exc.message}") from None


def _template_location(exc: BaseException, template_name: str) -> str:
    """The template file and line an exception was raised from, as Jinja records it."""
    tb = exc.__traceback__
    location = template_name
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_globals.get("__jinja_template__") is not None:
            template = frame.f_globals["__jinja_template__"]
            lineno = template.get_corresponding_lineno(tb.tb_lineno)
            location = f"{template.filename}:{lineno}"
        tb = tb.tb_next
    return location
