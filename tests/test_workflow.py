"""Regeneration as a workflow: config files, custom and extra templates, check, validate, ir."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "specs" / "ai-stats-video-status.yaml"
KITCHEN = ROOT / "tests" / "cases" / "kitchen-sink" / "spec.yaml"


def oapigen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def write_pyproject(folder: Path, body: str) -> None:
    (folder / "pyproject.toml").write_text(textwrap.dedent(body))


# -- configuration -------------------------------------------------------------------------------

CONFIG_ERRORS = [
    ("unknown top key", "[tool.oapigen]\nclient = []\n", r"\[tool\.oapigen\]: unknown key 'client' \(expected one of: clients\)"),
    (
        "unknown client key",
        '[[tool.oapigen.clients]]\nspec = "s.yaml"\noutput = "o"\npackage_name = "x"\n',
        r"\[tool\.oapigen\]\.clients\[0\]: unknown key 'package_name' \(expected one of: .*package-name.*\)",
    ),
    (
        "wrong type",
        '[[tool.oapigen.clients]]\nspec = "s.yaml"\noutput = 3\n',
        r"\[tool\.oapigen\]\.clients\[0\]\.output: must be a string, not an integer",
    ),
    (
        "nested wrong type",
        '[[tool.oapigen.clients]]\nspec = "s.yaml"\noutput = "o"\nformatter = {line-length = "long"}\n',
        r"clients\[0\]\.formatter\.line-length: must be an integer, not a string",
    ),
    (
        "missing required",
        '[[tool.oapigen.clients]]\nspec = "s.yaml"\n',
        r"\[tool\.oapigen\]\.clients\[0\]: missing required key 'output'",
    ),
    (
        "bad choice",
        '[[tool.oapigen.clients]]\nspec = "s.yaml"\noutput = "o"\nextra-templates = [{template = "t", per = "schema", path = "p"}]\n',
        r"extra-templates\[0\]\.per: must be one of 'api', 'model', 'operation', not 'schema'",
    ),
]


@pytest.mark.parametrize(("name", "toml", "pattern"), CONFIG_ERRORS, ids=[c[0] for c in CONFIG_ERRORS])
def test_config_errors_name_the_file_and_key(tmp_path: Path, name: str, toml: str, pattern: str) -> None:
    (tmp_path / "pyproject.toml").write_text(toml)
    result = oapigen("generate", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {tmp_path / 'pyproject.toml'}: "), result.stderr
    assert re.search(pattern, lines[0]), lines[0]


def test_oapigen_yaml_config_with_names_and_filters(tmp_path: Path) -> None:
    (tmp_path / "oapigen.yaml").write_text(
        textwrap.dedent(
            f"""\
            clients:
              - spec: {KITCHEN}
                output: out
                package-name: sink
                names:
                  schemas: {{Pet: Animal}}
                  operations: {{listPets: all_pets}}
                exclude:
                  paths: ["/pets/{{pet_id}}*"]
                  operations: [search]
            """
        )
    )
    result = oapigen("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    client = (tmp_path / "out" / "sink" / "client.py").read_text()
    models = "".join(p.read_text() for p in sorted((tmp_path / "out" / "sink" / "models").glob("*.py")))
    assert "def all_pets(" in client and "def list_pets(" not in client
    assert "def get_pet(" not in client and "def upload_photo(" not in client and "def search(" not in client
    assert "def create_pet(" in client and "def add_note(" in client
    assert "class Animal(BaseModel):" in models and "class Pet(" not in models
    assert "class Dog(Animal):" in models


def test_cli_flags_override_config(tmp_path: Path) -> None:
    write_pyproject(tmp_path, f'[[tool.oapigen.clients]]\nspec = "{SEED}"\noutput = "out"\npackage-name = "video"\n')
    templates = tmp_path / "mine"
    templates.mkdir()
    (templates / "py.typed.jinja").write_text("# typed: {{ package_name }}\n")
    assert oapigen("generate", "--templates", "mine", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out" / "video" / "py.typed").read_text() == "# typed: video\n"


# -- templates -----------------------------------------------------------------------------------


def test_overriding_one_template_keeps_the_other_defaults(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    assert oapigen("generate", str(SEED), "-o", str(reference), "--package-name", "video", cwd=tmp_path).returncode == 0
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "README.md.jinja").write_text("# {{ title }} ({{ operations | length }} operations)\n")
    custom = tmp_path / "custom"
    result = oapigen("generate", str(SEED), "-o", str(custom), "--package-name", "video", "--templates", str(mine), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (custom / "README.md").read_text() == "# AI Stats Gateway API (1 operations)\n"
    changed = {p for p, content in files_of(custom).items() if files_of(reference).get(p) != content}
    assert changed == {"README.md"}


def test_extra_templates_per_api_model_and_operation(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "model.md.jinja").write_text("# {{ model.name }}\n{% for f in model.fields %}- {{ f.name }}: `{{ f.annotation }}`\n{% endfor %}")
    (mine / "op.py.jinja").write_text('"""{{ operation.docstring }}"""\nNAME = {{ operation.name | literal }}\n')
    (mine / "index.md.jinja").write_text("{% for m in models %}{{ m.name }}\n{% endfor %}")
    write_pyproject(
        tmp_path,
        f"""\
        [[tool.oapigen.clients]]
        spec = "{SEED}"
        output = "out"
        package-name = "video"
        templates = "mine"
        extra-templates = [
            {{template = "model.md.jinja", per = "model", path = "docs/models/{{name}}.md"}},
            {{template = "op.py.jinja", per = "operation", path = "{{package}}/ops/{{name}}.py"}},
            {{template = "index.md.jinja", per = "api", path = "docs/index.md"}},
        ]
        """,
    )
    result = oapigen("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert (out / "docs" / "index.md").read_text().splitlines()[0] == "VideoGenerationResponseAsset"
    assert "- created_at: `int | str | None`" in (out / "docs/models/VideoGenerationResponse.md").read_text()
    namespace: dict[str, object] = {}
    exec(compile((out / "video/ops/get_video.py").read_text(), "get_video.py", "exec"), namespace)
    assert namespace["NAME"] == "get_video"
    assert str(namespace["__doc__"]).startswith("Get video status\n\nRetrieves the status")
    assert sorted(p.stem for p in (out / "docs/models").glob("*.md")) == [
        "VideoGenerationResponse", "VideoGenerationResponseAsset", "VideoGenerationResponseUsage", "VideoOutput"
    ]
    assert oapigen("check", cwd=tmp_path).returncode == 0


BROKEN = [
    ("syntax", "line one\n{% for x in %}\n", r"broken\.py\.jinja:2: template syntax error: "),
    ("undefined", "a\nb\n{{ no_such_variable.field }}\n", r"broken\.py\.jinja:3: template error: 'no_such_variable' is undefined"),
    ("runtime", "a\n{{ operations[1000] }}\n", r"broken\.py\.jinja:2: template error: "),
]


@pytest.mark.parametrize(("name", "text", "pattern"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_user_template_reports_file_and_line(tmp_path: Path, name: str, text: str, pattern: str) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "broken.py.jinja").write_text(text)
    write_pyproject(
        tmp_path,
        f"""\
        [[tool.oapigen.clients]]
        spec = "{SEED}"
        output = "out"
        templates = "mine"
        extra-templates = [{{template = "broken.py.jinja", per = "api", path = "broken.py"}}]
        """,
    )
    result = oapigen("generate", cwd=tmp_path)
    assert result.returncode == 1
    assert re.search(pattern, result.stderr), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_templates_export_copies_defaults_and_refuses_to_overwrite(tmp_path: Path) -> None:
    assert oapigen("templates", "export", "tpl", cwd=tmp_path).returncode == 0
    exported = sorted(p.name for p in (tmp_path / "tpl").iterdir())
    assert exported == sorted(p.name for p in (ROOT / "templates").glob("*.jinja"))
    (tmp_path / "tpl" / "client.py.jinja").write_text("mine")
    again = oapigen("templates", "export", "tpl", cwd=tmp_path)
    assert again.returncode == 1 and "already exist" in again.stderr
    assert (tmp_path / "tpl" / "client.py.jinja").read_text() == "mine"
    # Generating with the exported copy gives exactly the default output.
    a = oapigen("generate", str(SEED), "-o", "a", cwd=tmp_path)
    (tmp_path / "tpl" / "client.py.jinja").write_bytes((ROOT / "templates" / "client.py.jinja").read_bytes())
    b = oapigen("generate", str(SEED), "-o", "b", "--templates", "tpl", cwd=tmp_path)
    assert a.returncode == b.returncode == 0
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


def test_template_reference_page_is_current() -> None:
    from generator.template_docs import render_reference

    assert (ROOT / "docs" / "templates.md").read_text() == render_reference(), "run: oapigen templates docs > docs/templates.md"


# -- check, protect, validate, ir ----------------------------------------------------------------


def test_check_reports_stale_output_and_writes_nothing(tmp_path: Path) -> None:
    assert oapigen("generate", str(SEED), "-o", "out", cwd=tmp_path).returncode == 0
    models = tmp_path / "out" / "ai_stats_gateway_api" / "models" / "video_output.py"
    models.write_text(models.read_text().replace("class VideoOutput", "class Renamed"))
    (tmp_path / "out" / "README.md").unlink()
    before = files_of(tmp_path / "out")
    result = oapigen("check", str(SEED), "-o", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "out: out of date; run `oapigen generate` to update it" in result.stderr
    assert re.search(r"changed  ai_stats_gateway_api/models/video_output\.py \(\+1 -1\)", result.stderr)
    assert "missing  README.md" in result.stderr
    assert files_of(tmp_path / "out") == before
    full = oapigen("check", str(SEED), "-o", "out", "--diff", cwd=tmp_path)
    assert "-class Renamed(BaseModel):" in full.stdout and "+class VideoOutput(BaseModel):" in full.stdout


def test_oapigenignore_protects_files_from_overwrite(tmp_path: Path) -> None:
    assert oapigen("generate", str(SEED), "-o", "out", cwd=tmp_path).returncode == 0
    readme = tmp_path / "out" / "README.md"
    readme.write_text("our own README\n")
    (tmp_path / "out" / ".oapigenignore").write_text("# keep ours\nREADME.md\n")
    assert oapigen("generate", str(SEED), "-o", "out", cwd=tmp_path).returncode == 0
    assert readme.read_text() == "our own README\n"
    assert oapigen("check", str(SEED), "-o", "out", cwd=tmp_path).returncode == 0


def test_validate_lists_every_problem_with_level_and_pointer(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"parameters": [{"name": "x"}], "responses": {"200": {"description": "ok"}}}}},
        "components": {
            "schemas": {"A": {"$ref": "#/components/schemas/Missing"}, "B": {"type": "object", "properties": {"e": {"enum": [{"x": 1}]}}}},
            "securitySchemes": {"S": {"type": "magic"}},
        },
    }
    (tmp_path / "s.json").write_text(json.dumps(spec))
    result = oapigen("validate", "s.json", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "error: s.json#/components/schemas/A/$ref: $ref '#/components/schemas/Missing' points to nothing ('Missing' not found)",
        "warning: s.json#/components/schemas/B/properties/e/enum: enum of objects or arrays is treated as any value",
        "error: s.json#/paths/~1a/get/parameters/0: parameter needs a string 'name' and 'in' of path, query, header or cookie",
        "warning: s.json#/components/securitySchemes/S: unknown security scheme type 'magic'; ignored",
    ]
    assert "s.json: 2 error(s), 2 warning(s)" in result.stderr
    ok = oapigen("validate", str(SEED), cwd=tmp_path)
    assert ok.returncode == 0 and "valid (1 operations, 6 schemas, 0 warning(s))" in ok.stderr


def test_ir_dumps_json_with_kinds(tmp_path: Path) -> None:
    result = oapigen("ir", str(SEED), cwd=tmp_path)
    assert result.returncode == 0
    api = json.loads(result.stdout)
    assert api["kind"] == "Api" and api["operations"][0]["path"] == "/videos/{video_id}"
    video = next(s for s in api["schemas"] if s["name"] == "VideoGenerationResponse")
    created = next(f for f in video["schema"]["fields"] if f["name"] == "created_at")
    assert created["type"] == {
        "kind": "UnionType",
        "members": [{"kind": "Primitive", "type": "integer", "format": None}, {"kind": "Primitive", "type": "string", "format": None}],
        "discriminator": None,
        "tags": [],
    }


# -- regenerating across the real history of the AI Stats spec ----------------------------------

@pytest.mark.slow
def test_regenerating_across_spec_history(tmp_path: Path) -> None:
    shared = ROOT.parent / "shared" / "specs" / "aistats"
    versions = sorted(shared.glob("history/*.yaml")) + [shared / "openapi.yaml", shared / "openapi.public.yaml"]
    assert len(versions) == 3
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "model.md.jinja").write_text("# {{ model.name }}\n{{ model.docstring }}\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "NOTES.md").write_text("hand-written, not generated\n")
    previous: dict[str, bytes] = {}
    removed_any = False
    for index, spec in enumerate(versions):
        for name, output in (("pyproject.toml", "out"), ("fresh.toml", f"fresh{index}")):
            (tmp_path / name).write_text(
                f'[[tool.oapigen.clients]]\nspec = "{spec}"\noutput = "{output}"\npackage-name = "aistats"\n'
                'templates = "mine"\nextra-templates = [{template = "model.md.jinja", per = "model", path = "docs/{name}.md"}]\n'
            )
        if index == 1:
            (out / ".oapigenignore").write_text("README.md\n")
            (out / "README.md").write_text("protected edit\n")
        stamps = {p: (out / p).stat().st_mtime_ns for p in previous if (out / p).exists()}
        result = oapigen("generate", "-v", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        current = files_of(out)
        for path in set(previous) - set(current):
            assert f"  removed  {path}" in result.stderr
            removed_any = True
        for path, stamp in stamps.items():
            if previous[path] == current.get(path):
                assert (out / path).stat().st_mtime_ns == stamp, f"{path} rewritten although unchanged"
        assert oapigen("generate", "--config", "fresh.toml", cwd=tmp_path).returncode == 0
        fresh = files_of(tmp_path / f"fresh{index}")
        ours = {p: c for p, c in current.items() if p not in ("NOTES.md", ".oapigenignore")}
        if index >= 1:
            assert ours.pop("README.md") == b"protected edit\n"
            fresh.pop("README.md")
        assert ours == fresh
        assert current["NOTES.md"] == b"hand-written, not generated\n"
        previous = {p: c for p, c in ours.items()}
    assert removed_any, "no model disappeared across the history: the stale-file path was not exercised"
