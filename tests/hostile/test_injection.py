"""Spec text full of Python-breaking strings reaches the generated client only as data.

One spec (`hostile_spec.py`) puts every hostile string in every place spec text reaches output.
Its client must generate, compile, type-check, contain no call or import shape that the
templates do not produce for benign specs, and keep every value exactly as the spec wrote it.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import json
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import load_config
from generator.pipeline import GenerateRequest, generate
from generator.writer import write_files
from tests.hostile.hostile_spec import BENIGN_ENUM_VALUES, HOSTILE, hostile_document

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "hostile_client"
BUILTIN_NAMES = frozenset(dir(builtins))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile spec's client, written to a temporary folder (the package's parent)."""
    folder = tmp_path_factory.mktemp("hostile")
    spec = folder / "spec.json"
    spec.write_text(json.dumps(hostile_document()), encoding="utf-8")
    result = generate(GenerateRequest(spec=spec, package_name=PACKAGE))
    write_files(folder / "out", result.files)
    return folder / "out"


@pytest.fixture(scope="module")
def package(generated: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(generated))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(generated))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _trees(package_dir: Path) -> list[ast.Module]:
    return [ast.parse(p.read_text("utf-8"), str(p)) for p in sorted(package_dir.rglob("*.py"))]


def _model_modules(package_dir: Path) -> set[str]:
    """The modules of the `models` package: named after schemas, so after spec text."""
    modules = {p.stem for p in (package_dir / "models").glob("*.py")} - {"__init__"}
    assert all(m.isidentifier() and m.isascii() and m.islower() for m in modules), sorted(modules)
    return modules


def _import_shapes(node: ast.Import | ast.ImportFrom, local: set[str], modules: set[str]) -> set[str]:
    """An import as shapes, one per name (modules import different sets of the same names);
    an import of another model module, whose names the package defines, as `<model module>`."""
    if isinstance(node, ast.Import):
        return {"import " + ast.dump(node)}
    if node.level == 1 and node.module in modules:
        # `X` or `X as X` (models/__init__.py's explicit re-exports), never another name.
        assert all(alias.name in local and alias.asname in (None, alias.name) for alias in node.names), ast.dump(node)
        return {"import from <model module>"}
    source = "." * node.level + (node.module or "")
    return {f"import from {source} {alias.name} as {alias.asname}" for alias in node.names}


def _defined_names(trees: list[ast.Module]) -> set[str]:
    """Identifiers the package itself defines (these come from the spec through naming)."""
    names: set[str] = set()
    for node in (n for tree in trees for n in ast.walk(tree)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
    return names - BUILTIN_NAMES


def _callee(node: ast.expr, local: set[str]) -> str:
    """A call target as a dotted name, with the package's own identifiers as `<local>`."""
    if isinstance(node, ast.Name):
        return "<local>" if node.id in local else node.id
    if isinstance(node, ast.Attribute):
        return _callee(node.value, local) + "." + ("<local>" if node.attr in local else node.attr)
    if isinstance(node, ast.Call):
        return _callee(node.func, local) + "()"
    return f"<{type(node).__name__}>"


def code_shapes(package_dir: Path) -> set[str]:
    """Every call, decorator and import of a package, as a shape independent of spec names."""
    trees = _trees(package_dir)
    local = _defined_names(trees)
    modules = _model_modules(package_dir)
    shapes: set[str] = set()
    for node in (n for tree in trees for n in ast.walk(tree)):
        if isinstance(node, ast.Call):
            shapes.add("call " + _callee(node.func, local))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            shapes.update(_import_shapes(node, local, modules))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            shapes.update("decorator " + _callee(d, local) for d in node.decorator_list if not isinstance(d, ast.Call))
    return shapes


def benign_shapes() -> set[str]:
    """The shapes of every committed golden client: what the templates put there."""
    shapes: set[str] = set()
    for client in load_config(ROOT / "pyproject.toml"):
        assert client.package_name is not None
        shapes |= code_shapes(client.output / client.package_name)
    return shapes


def _docstring_shows(text: str) -> str:
    """What a docstring shows for spec `text`: tabs expanded, CRLF as LF, lines right-stripped."""
    lines = text.expandtabs(4).replace("\r\n", "\n").strip().split("\n")
    return "\n".join(line.rstrip() for line in lines)


def _endpoint_calls(package_dir: Path) -> list[ast.Call]:
    tree = ast.parse((package_dir / "_endpoints.py").read_text("utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "Endpoint"]


def _keyword(call: ast.Call, name: str) -> Any:
    value = next((k.value for k in call.keywords if k.arg == name), None)
    return None if value is None else value


# -- the generated code --------------------------------------------------------------------


def test_every_generated_module_compiles(generated: Path) -> None:
    for path in sorted((generated / PACKAGE).rglob("*.py")):
        compile(path.read_bytes(), str(path), "exec")


def test_no_call_or_import_the_templates_did_not_put_there(generated: Path) -> None:
    extra = code_shapes(generated / PACKAGE) - benign_shapes()
    assert not extra, f"the hostile spec added code: {sorted(extra)}"


def test_shape_check_catches_an_injected_call(generated: Path, tmp_path: Path) -> None:
    """The AST comparison above is not vacuous: one smuggled call is found."""
    copy = tmp_path / PACKAGE
    shutil.copytree(generated / PACKAGE, copy)
    with (copy / "models" / "holder.py").open("a") as models:
        models.write('\n__import__("os").system("echo pwned")\n')
    assert code_shapes(copy) - benign_shapes() == {"call __import__", "call __import__().system"}


def test_generated_package_passes_mypy_strict(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", PACKAGE],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyproject_is_valid_toml_with_the_title(generated: Path) -> None:
    project = tomllib.loads((generated / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["description"] == "Python client for " + HOSTILE[0]
    assert project["name"] == "hostile-client"


def test_readme_operation_table_has_one_row_per_operation(generated: Path) -> None:
    lines = (generated / "README.md").read_text("utf-8").split("\n")
    assert len([line for line in lines if line.startswith("| `") and "` | `GET /h" in line]) == len(HOSTILE)
    assert all(c == "\n" or c.isprintable() for c in "\n".join(lines))


# -- values round-trip exactly -------------------------------------------------------------


def test_enum_values_round_trip(package: ModuleType) -> None:
    choice = package.models.Choice
    assert [member.value for member in choice] == [*HOSTILE, *BENIGN_ENUM_VALUES]
    for value in HOSTILE:
        assert choice(value).value == value
        assert choice(value).is_known


def test_property_names_round_trip_through_the_model(package: ModuleType) -> None:
    holder = package.models.Holder
    wire_names = [name if info.alias is None else info.alias for name, info in holder.model_fields.items()]
    assert sorted(wire_names) == sorted(HOSTILE)
    data = {text: f"value of {text}" for text in HOSTILE}
    assert holder.from_dict(data).to_dict() == data
    assert all(name.isidentifier() and name.isascii() for name in holder.model_fields)


def test_read_only_property_names_are_dropped_exactly_by_the_request_model(package: ModuleType) -> None:
    data = {text: text for text in HOSTILE}
    assert package.models.Sent.from_dict(data).to_dict() == data
    assert package.models.SentRequest.from_dict(data).to_dict() == {t: t for i, t in enumerate(HOSTILE) if i % 2}


def test_descriptions_are_shown_exactly_in_docstrings(package: ModuleType) -> None:
    doc = inspect.cleandoc(package.models.Holder.__doc__)
    for text in HOSTILE:
        assert _docstring_shows(text) in doc


def test_paths_parameter_names_and_media_types_round_trip(generated: Path) -> None:
    calls = _endpoint_calls(generated / PACKAGE)
    paths = sorted(ast.literal_eval(_keyword(call, "path")) for call in calls)
    assert paths == sorted(path for path in hostile_document()["paths"])
    for argument in ("query", "headers", "cookies"):
        for call in calls:
            if ast.literal_eval(_keyword(call, "path")) == "/sent":  # the one operation without parameters
                assert _keyword(call, argument) is None
                continue
            keys = [ast.literal_eval(k) for k in _keyword(call, argument).keys]
            assert len(keys) == 1 and keys[0] in HOSTILE


def test_server_url_and_security_scheme_names_round_trip(package: ModuleType) -> None:
    base_client = importlib.import_module(PACKAGE + "._base_client")
    assert base_client.DEFAULT_BASE_URL == f"https://{HOSTILE[2]}/v1'\"\\"
    endpoints = importlib.import_module(PACKAGE + "._endpoints")
    assert sorted(endpoints.SECURITY_SCHEMES) == sorted(f"{text}{i}" for i, text in enumerate(HOSTILE))


def test_generation_is_deterministic(tmp_path: Path, generated: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(hostile_document()), encoding="utf-8")
    again = generate(GenerateRequest(spec=spec, package_name=PACKAGE)).files
    assert all((generated / path).read_bytes() == content for path, content in again.items())
