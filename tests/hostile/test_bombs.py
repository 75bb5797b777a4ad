"""Resource bombs and broken input: bounded work, then a client or located one-line errors.

Every case runs the real CLI in a subprocess (with a memory cap) and asserts the exact outcome:
exit status, the error lines, no traceback, and nothing written when it fails.
"""

from __future__ import annotations

import json
import keyword
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import SpecError
from generator.pipeline import GenerateRequest, default_package, generate
from generator.writer import check_relative_path
from tests.hostile.hostile_spec import HOSTILE

ROOT = Path(__file__).resolve().parent.parent.parent

MEMORY_CAP = 1536 * 1024 * 1024
BASE: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}}


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_cli(tmp_path: Path, name: str, text: str, timeout: float = 60, quiet: bool = True) -> subprocess.CompletedProcess[str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", name, "-o", "out", "--package-name", "pkg", *(["-q"] if quiet else [])],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_cap_memory,
    )


def _document(**extra: Any) -> str:
    return json.dumps({**BASE, **extra})


def _schemas(schemas: dict[str, Any]) -> str:
    return _document(components={"schemas": schemas})


def _laughs(levels: int, inside_schemas: bool) -> str:
    """A 'billion laughs' YAML document: each level's anchor used eight times by the next."""
    lines = ["openapi: 3.0.3", "info: {title: T, version: '1'}", "paths: {}"]
    if not inside_schemas:
        lines.append("x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol]")
        lines.extend(f"x-l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 8)}]" for n in range(1, levels + 1))
        return "\n".join(lines) + "\n"
    lines += ["components:", "  schemas:", "    L0: &l0 {type: object, properties: {a: {type: string}}}"]
    for n in range(1, levels + 1):
        uses = ", ".join(f"p{i}: *l{n - 1}" for i in range(8))
        lines.append(f"    L{n}: &l{n} {{type: object, properties: {{{uses}}}}}")
    return "\n".join(lines) + "\n"


def _nested(levels: int, make: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = make(schema)
    return schema


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


CYCLES = {
    "itself": {"S": _ref("S")},
    "two": {"A": _ref("B"), "B": _ref("A")},
    "three": {"A": _ref("B"), "B": _ref("C"), "C": _ref("A")},
}
GOOD_CYCLES = {
    "whole document": {"S": {"$ref": "#"}},
    "components object": {"S": {"$ref": "#/components"}},
    "property": {"M": {"type": "object", "properties": {"m": _ref("M")}}},
    "array items": {"M": {"type": "array", "items": _ref("M")}},
    "map values": {"M": {"type": "object", "additionalProperties": _ref("M")}},
    "oneOf": {"M": {"oneOf": [_ref("M"), {"type": "string"}]}},
    "allOf pair": {
        "A": {"allOf": [_ref("B"), {"properties": {"a": {"type": "string"}}}]},
        "B": {"allOf": [_ref("A"), {"properties": {"b": {"type": "string"}}}]},
    },
    "allOf itself": {"A": {"allOf": [_ref("A")]}},
    "mutual properties": {
        "A": {"type": "object", "properties": {"b": _ref("B")}},
        "B": {"type": "object", "properties": {"a": _ref("A")}},
    },
}


def _failure(result: subprocess.CompletedProcess[str], tmp_path: Path) -> list[str]:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert not (tmp_path / "out").exists()
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("error: ") or line.startswith("warning: ") for line in lines), lines
    return [line for line in lines if line.startswith("error: ")]


BOMBS = [
    ("billion laughs in schemas", "bomb.yaml", _laughs(8, True), r"^error: bomb\.yaml: YAML aliases expand the document by [\d,]+ values \(more than 1,000,000\); refusing a document that may expand without bound$"),
    ("billion laughs in extensions", "bomb.yaml", _laughs(9, False), r"^error: bomb\.yaml: YAML aliases expand the document by [\d,]+ values"),
    ("alias containing itself", "bomb.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-r: &a [1, *a]\n", r"^error: bomb\.yaml: a YAML alias refers to a value that contains it$"),
    ("10,000 nested properties", "deep.json", _document(components="@").replace('"@"', '{"schemas": {"D": ' + '{"type": "object", "properties": {"a": ' * 10_000 + "{}" + "}}" * 10_000 + "}}"), r"^error: deep\.json: document nests deeper than 128 levels$"),
    ("200 nested arrays, located", "deep.json", _schemas({"D": _nested(200, lambda s: {"type": "array", "items": s})}), r"^error: deep\.json#/components/schemas/D(/items){125}: nests deeper than 128 levels$"),
    ("10,000 nested YAML lists", "deep.yaml", "openapi: 3.0.3\nx: " + "[" * 10_000 + "]" * 10_000 + "\n", r"^error: deep\.yaml: document nests deeper than 128 levels$"),
    ("lone surrogate", "s.json", _document(info={"title": "T\\ud800", "version": "1"}).replace("\\\\ud800", "\\ud800"), r"^error: s\.json#/info/title: text holds a lone UTF-16 surrogate \(not valid Unicode\)$"),
    ("not UTF-8", "b.yaml", "openapi: 3.0.3\n", None),
    ("ref chain of 1,000 schemas", "chain.json", _schemas({f"S{i}": {"type": "array", "items": _ref(f"S{i + 1}")} for i in range(1000)}), r"^error: chain\.json#/components/schemas/S\d+/items: schema nests deeper than 200 levels$"),
]


@pytest.mark.parametrize(("name", "file", "text", "expected"), BOMBS, ids=[b[0] for b in BOMBS])
def test_bomb_stops_with_a_located_error(tmp_path: Path, name: str, file: str, text: str, expected: str | None) -> None:
    if expected is None:  # bytes that are not UTF-8
        (tmp_path / file).write_bytes(b"openapi: \xff\xfe\n")
        result = subprocess.run([sys.executable, "-m", "generator", "generate", file, "-o", "out", "--package-name", "pkg"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert _failure(result, tmp_path) == [f"error: {file}: not UTF-8 text (byte 9)"]
        return
    started = time.perf_counter()
    errors = _failure(run_cli(tmp_path, file, text), tmp_path)
    assert re.match(expected, errors[0]), errors[0]
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize("shape", CYCLES, ids=list(CYCLES))
def test_ref_cycle_without_a_schema_is_a_located_error(tmp_path: Path, shape: str) -> None:
    errors = _failure(run_cli(tmp_path, "c.json", _schemas(CYCLES[shape])), tmp_path)
    first = errors[0]
    assert first.startswith("error: c.json#/components/schemas/"), first
    assert "$ref cycle with no schema in it" in first, first


@pytest.mark.parametrize("shape", GOOD_CYCLES, ids=list(GOOD_CYCLES))
def test_recursive_schemas_generate(tmp_path: Path, shape: str) -> None:
    result = run_cli(tmp_path, "c.json", _schemas(GOOD_CYCLES[shape]))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for module in sorted((tmp_path / "out" / "pkg" / "models").glob("*.py")):
        compile(module.read_text("utf-8"), module.name, "exec")
    # Every model module imports (their imports form a DAG) and every type fully resolves.
    build = "import pydantic; from pkg import models; [pydantic.TypeAdapter(getattr(models, n)) for n in models.__all__]"
    built = subprocess.run([sys.executable, "-c", build], cwd=tmp_path / "out", capture_output=True, text=True, timeout=60)
    assert built.returncode == 0, built.stderr


def test_million_enum_values_are_typed_without_them(tmp_path: Path) -> None:
    values = [f"v{i}" for i in range(1_000_000)]
    result = run_cli(tmp_path, "e.json", _schemas({"Big": {"type": "string", "enum": values}}), quiet=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == "warning: e.json#/components/schemas/Big/enum: more than 10000 values; typed without them"
    assert re.match(r"out: \d+ written, 0 unchanged, 0 removed \(", result.stderr.splitlines()[1])
    assert "Big: TypeAlias = str" in (tmp_path / "out" / "pkg" / "models" / "big.py").read_text("utf-8")


def test_hostile_package_names_are_refused(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text(_document())
    for name in ("../evil", "/abs", "a/b", "a\\b", "con", "nul\x01", "class", "_private", "évil"):
        with pytest.raises(SpecError) as raised:
            generate(GenerateRequest(spec=tmp_path / "s.json", package_name=name))
        assert [str(d) for d in raised.value.diagnostics] == [f"error: --package-name: {name!r} is not a valid Python package name"]


def test_spec_names_become_only_safe_file_names(tmp_path: Path) -> None:
    """Schemas, tags and operations named like paths give the fixed set of files plus one model
    module per schema, named in snake case: never a path, a reserved device name or a duplicate."""
    names = ["../../x", "/etc/passwd", "a\\b", "CON", "Aux", "x\x00y", "A", "a", ".."]
    document = {
        **BASE,
        "paths": {f"/p{i}": {"get": {"operationId": n, "tags": [n], "responses": {"200": {"description": n}}}} for i, n in enumerate(names)},
        "components": {"schemas": {n: {"type": "object", "properties": {n: {"type": "string"}}} for n in names}},
    }
    result = run_cli(tmp_path, "s.json", json.dumps(document))
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file())
    benign = ROOT / "out" / "ai-stats-video-status"
    fixed = [p.replace("ai_stats_video_status/", "pkg/") for p in (benign / ".oapigen-manifest").read_text().splitlines()[1:]]
    fixed = [p for p in fixed if not p.startswith("pkg/models/") or p == "pkg/models/__init__.py"]
    modules = ["x", "etc_passwd", "ab", "con_", "aux_", "xy", "a", "a2", "model"]
    assert written == sorted(fixed + [f"pkg/models/{m}.py" for m in modules] + [".oapigen-manifest"])


@pytest.mark.parametrize("title", [*HOSTILE, "JSON", "typing", "Con", "LPT1", "import"])
def test_every_hostile_title_gives_a_safe_default_package_name(title: str) -> None:
    """The title becomes the default package name, which names a folder: always a safe one."""
    package = default_package(title)
    assert package.isidentifier() and package.isascii() and not keyword.iskeyword(package), package
    assert package not in sys.stdlib_module_names and not package.startswith("_"), package
    check_relative_path(f"{package}/__init__.py")


@pytest.mark.slow
def test_a_50_mb_spec_generates_within_bounded_memory_and_time(tmp_path: Path) -> None:
    """2,000 schemas with 25 KB descriptions: a 50 MB spec generates under the memory cap."""
    paragraph = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 440)[:25_000]
    schemas = {
        f"Thing{i}": {
            "type": "object",
            "description": paragraph,
            "properties": {"id": {"type": "string", "description": paragraph[:200]}, "n": {"type": "integer"}},
        }
        for i in range(2_000)
    }
    text = _schemas(schemas)
    assert len(text.encode()) > 50_000_000
    started = time.monotonic()
    result = run_cli(tmp_path, "big.json", text, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    modules = sorted((tmp_path / "out" / "pkg" / "models").glob("thing*.py"))
    assert len(modules) == 2_000
    assert sum(module.read_text("utf-8").count("\nclass Thing") for module in modules) == 2_000
    assert time.monotonic() - started < 600
