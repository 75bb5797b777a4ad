"""Render templates into the files of a client package and format them (see `formatting`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from generator.config import ExtraTemplate
from generator.context import PackageContext
from generator.diagnostics import SpecError
from generator import layout
from generator.formatcache import code_digest
from generator.formatting import FormatSession
from generator.identifiers import pascal_case, snake_case, upper_snake
from generator.literals import comment_text, docstring_block, docstring_text, python_literal, toml_string

# Default template → output path; `{package}` is the package's import name.
PACKAGE_FILES: tuple[tuple[str, str], ...] = (
    ("pyproject.toml.jinja", "pyproject.toml"),
    ("README.md.jinja", "README.md"),
    ("py.typed.jinja", "{package}/py.typed"),
    ("__init__.py.jinja", "{package}/__init__.py"),
    ("errors.py.jinja", "{package}/errors.py"),
    ("_base_model.py.jinja", "{package}/_base_model.py"),
    ("_encoding.py.jinja", "{package}/_encoding.py"),
    ("_retries.py.jinja", "{package}/_retries.py"),
    ("_streaming.py.jinja", "{package}/_streaming.py"),
    ("_waiters.py.jinja", "{package}/_waiters.py"),
    ("_pagination.py.jinja", "{package}/_pagination.py"),
    ("_base_client.py.jinja", "{package}/_base_client.py"),
    ("models_init.py.jinja", "{package}/models/__init__.py"),
    ("_endpoints.py.jinja", "{package}/_endpoints.py"),
    ("client.py.jinja", "{package}/client.py"),
)
# Rendered once per module of the `models` package, with `module` (a `ModelModuleView`).
MODEL_MODULE_FILE = ("model_module.py.jinja", "{package}/models/{name}.py")
# Templates of earlier context versions that no longer render anything: a user's copy of one
# would silently stop applying, so it is an error that says what replaced it.
RETIRED_TEMPLATES = {
    "models.py.jinja": "context version 2 renders models/__init__.py from models_init.py.jinja "
    "and each model module from model_module.py.jinja (see docs/templates.md)",
}


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
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    for char, escaped in (("\\", "\\\\"), ("|", "\\|"), ("`", "\\`"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(char, escaped)
    return text


FILTERS: dict[str, Callable[..., str]] = {
    "literal": python_literal,
    "docstring": docstring_text,
    "docstring_block": docstring_block,
    "comment": comment_text,
    "toml": toml_string,
    "markdown": markdown_text,
    "snake_case": snake_case,
    "pascal_case": pascal_case,
    "upper_snake": upper_snake,
}


# Lay out long signatures, calls and displays as black will (generator/layout.py: faster black).
LAYOUT: dict[str, Callable[..., Any]] = {
    "signature": layout.signature,
    "call": layout.call,
    "display": layout.display,
    "declaration": layout.declaration,
    "import_from": layout.import_from,
    "brackets": layout.brackets,
}


def make_environment(user_templates: Path | None, compiled: Path | None = None) -> jinja2.Environment:
    """A Jinja environment where the user's templates override the defaults file by file.

    `compiled`: a folder keeping compiled templates between runs (Jinja recompiles any whose
    source changed); compiling them all takes longer than rendering a small client.
    """
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
        auto_reload=False,  # one run: each template is read once, not checked on every use
    )
    env.filters.update(FILTERS)
    env.globals.update(LAYOUT)
    if compiled is not None:
        try:
            compiled.mkdir(parents=True, exist_ok=True)
        except OSError:
            return env  # no cache: the templates are compiled each run
        env.bytecode_cache = _CompiledTemplates(str(compiled), _compile_settings(env))
    return env


def _compile_settings(env: jinja2.Environment) -> str:
    """Everything besides a template's source that decides its compiled code.

    Jinja keys compiled templates by name and file only (and checks the source): an oapigen
    whose environment compiles differently must not load code compiled by another. That
    includes its own code: Jinja works out filters applied to constants when it compiles.
    """
    return repr(
        (
            code_digest(),
            jinja2.__version__,
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            env.autoescape,
            env.optimized,
            env.is_async,
            sorted(env.extensions),
        )
    )


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, where a damaged or unwritable entry is only a miss."""

    def __init__(self, directory: str, settings: str) -> None:
        super().__init__(directory)
        self._settings = settings

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        digest = hashlib.sha256(self._settings.encode("utf-8"))
        digest.update(super().get_cache_key(name, filename).encode("ascii"))
        return digest.hexdigest()

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a torn or foreign file: compile the template again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass  # a read-only or full disk: next run compiles again


def render_package(
    context: PackageContext,
    user_templates: Path | None,
    formatter: FormatSession,
    extra_templates: tuple[ExtraTemplate, ...] = (),
) -> dict[str, bytes]:
    """Render every package file: relative POSIX path → formatted bytes."""
    _refuse_retired_templates(user_templates)
    env = make_environment(user_templates, formatter.cache.templates_dir if formatter.cache is not None else None)
    variables = {**{name: getattr(context, name) for name in context.__dataclass_fields__}, "ctx": context}
    rendered: dict[str, str] = {}

    # Each module goes to the formatter as soon as it is rendered: black starts on the other
    # cores while the rest is rendered (see `generator/formatting.py`).
    def add(path: str, text: str) -> None:
        rendered[path] = text
        if path.endswith(".py"):
            formatter.add(path, text)

    for template_name, pattern in PACKAGE_FILES:
        add(_output_path(pattern, context.package_name), _render(env, template_name, variables))
    module_template, module_pattern = MODEL_MODULE_FILE
    for module in context.model_modules:
        path = _output_path(module_pattern, context.package_name, module.name)
        add(path, _render(env, module_template, {**variables, "module": module}))
    for extra in extra_templates:
        for name, extra_variables in _extra_scopes(extra, context):
            path = _output_path(extra.path, context.package_name, name)
            if path in rendered:
                raise SpecError.single(extra.template, f"output path {path!r} is already generated by another template")
            add(path, _render(env, extra.template, {**variables, **extra_variables}))
    formatted = formatter.finish()
    return {path: formatted.get(path, text).encode("utf-8") for path, text in rendered.items()}


def _refuse_retired_templates(user_templates: Path | None) -> None:
    if user_templates is None:
        return
    for name, replacement in RETIRED_TEMPLATES.items():
        if (user_templates / name).is_file():
            raise SpecError.single(str(user_templates / name), f"{name} is no longer used: {replacement}")


def _output_path(pattern: str, package: str, name: str = "") -> str:
    """An output path from a pattern; `{package}` and `{name}` are validated identifiers."""
    return pattern.replace("{package}", package).replace("{name}", name)


def _extra_scopes(extra: ExtraTemplate, context: PackageContext) -> list[tuple[str, dict[str, Any]]]:
    """(name, extra variables) for each rendering of a per-API, per-model or per-operation template."""
    if extra.per == "model":
        return [(m.name, {"model": m}) for m in context.models]
    if extra.per == "operation":
        return [(op.name, {"operation": op}) for op in context.operations]
    return [("", {})]


def _render(env: jinja2.Environment, template_name: str, variables: dict[str, Any]) -> str:
    """Render one template; any error inside it is reported at its file and line."""
    try:
        template = env.get_template(template_name)
    except jinja2.TemplateNotFound:
        raise SpecError.single(template_name, "template not found in the template folders") from None
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or template_name}:{exc.lineno}"
        raise SpecError.single(where, f"template syntax error: {exc.message}") from None
    try:
        return template.render(variables)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or template_name}:{exc.lineno}"
        raise SpecError.single(where, f"template syntax error: {exc.message}") from None
    except Exception as exc:  # a bug in a (user) template: report where it is
        message = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else f"{type(exc).__name__}: {exc}"
        raise SpecError.single(_template_location(exc, template.filename or template_name), f"template error: {message}") from None


def _template_location(exc: BaseException, fallback: str) -> str:
    """The template file and line an exception came from.

    Jinja rewrites tracebacks so that template frames carry the template's file name and line;
    the innermost such frame is where the template went wrong.
    """
    location = fallback
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".jinja") or filename == fallback:
            location = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return location
