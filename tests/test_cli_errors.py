"""Bad input gives one located line per problem, exit code 1, and writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.specbuild import spec_with

VALID = spec_with({"A": {"type": "object", "properties": {"x": {"type": "string"}}}})


def run_oapigen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


BAD_INPUTS = [
    ("missing file", None, "missing.yaml", r"^error: missing\.yaml#?: file not found$"),
    ("invalid YAML", "openapi: 3.0.3\ninfo: [unclosed\n", "spec.yaml", r"^error: spec\.yaml#?: invalid YAML at line \d+, column \d+: .+$"),
    ("invalid JSON", '{"openapi": "3.0.3",', "spec.json", r"^error: spec\.json#?: invalid JSON at line 1, column \d+: .+$"),
    (
        "dangling $ref",
        json.dumps(spec_with({"A": {"$ref": "#/components/schemas/Nope"}})),
        "spec.json",
        r"^error: spec\.json#/components/schemas/A/\$ref: \$ref '#/components/schemas/Nope' points to nothing \('Nope' not found\)$",
    ),
    (
        "Swagger 2.0",
        json.dumps({"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}}),
        "spec.json",
        r"^error: spec\.json#/openapi: not an OpenAPI 3\.x document \(swagger '2\.0'\); only 3\.0 and 3\.1 are supported$",
    ),
    ("not a mapping", "- just\n- a list\n", "spec.yaml", r"^error: spec\.yaml#: the document must be a YAML/JSON object$"),
    (
        "missing relative file",
        json.dumps(spec_with({"A": {"$ref": "other.yaml#/B"}})),
        "spec.json",
        r"^error: spec\.json#/components/schemas/A/\$ref: \$ref 'other\.yaml#/B': other\.yaml: file not found$",
    ),
    (
        "remote $ref",
        json.dumps(spec_with({"A": {"$ref": "https://example.test/s.yaml#/B"}})),
        "spec.json",
        r"^error: spec\.json#/components/schemas/A/\$ref: remote \$ref 'https://example\.test/s\.yaml' \(https\) is not fetched; .+$",
    ),
]


@pytest.mark.parametrize(("name", "text", "filename", "pattern"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_located_line(tmp_path: Path, name: str, text: str | None, filename: str, pattern: str) -> None:
    if text is not None:
        (tmp_path / filename).write_text(text)
    out = tmp_path / "out"
    result = run_oapigen("generate", filename, "-o", "out", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    import re

    assert re.match(pattern, lines[0]), lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_ref_cycle_without_schema_is_reported(tmp_path: Path) -> None:
    doc = spec_with({"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}})
    (tmp_path / "spec.json").write_text(json.dumps(doc))
    result = run_oapigen("generate", "spec.json", "-o", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "$ref cycle with no schema in it" in result.stderr
    assert not (tmp_path / "out").exists()


def test_failed_regeneration_leaves_previous_output_untouched(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(VALID))
    assert run_oapigen("generate", "spec.json", "-o", "out", "--package-name", "pkg", cwd=tmp_path).returncode == 0
    before = {p: p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    (tmp_path / "spec.json").write_text(json.dumps(spec_with({"A": {"$ref": "#/nope"}})))
    result = run_oapigen("generate", "spec.json", "-o", "out", "--package-name", "pkg", cwd=tmp_path)
    assert result.returncode == 1
    after = {p: p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    assert after == before


def test_invalid_package_name_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(VALID))
    result = run_oapigen("generate", "spec.json", "-o", "out", "--package-name", "../evil", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: --package-name: '../evil' is not a valid Python package name"
    assert not (tmp_path / "out").exists()


def test_yaml_dates_stay_strings_and_numeric_keys_stay_text(tmp_path: Path) -> None:
    text = """openapi: 3.0.3
info: {title: Dates, version: 2024-01-01}
paths:
  /x:
    get:
      operationId: getX
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {type: string, example: 2024-05-01}
"""
    (tmp_path / "spec.yaml").write_text(text)
    from generator.pipeline import load_api

    api, _ = load_api(tmp_path / "spec.yaml")
    assert api.version == "2024-01-01"
    assert api.operations[0].responses[0].status == "200"
