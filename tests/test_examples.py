"""The shipped example template sets really work: a CLI for the API, a Markdown reference."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.loopback import LoopbackServer, Response

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "templates"
KITCHEN = ROOT / "tests" / "cases" / "kitchen-sink" / "spec.yaml"


def generate_with(tmp_path: Path, spec: Path, package: str, example: str, extras: str) -> Path:
    (tmp_path / "oapigen.yaml").write_text(
        textwrap.dedent(
            f"""\
            clients:
              - spec: {spec}
                output: out
                package-name: {package}
                templates: {EXAMPLES / example}
                extra-templates: {extras}
            """
        )
    )
    result = subprocess.run([sys.executable, "-m", "generator", "generate", "-q"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return tmp_path / "out"


@pytest.fixture(scope="module")
def cli_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    extras = '[{template: cli.py.jinja, per: api, path: "{package}/cli.py"}]'
    return generate_with(tmp_path_factory.mktemp("cli"), KITCHEN, "kitchen_sink", "cli", extras)


def run_cli(out: Path, server: LoopbackServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(out), "KITCHEN_SINK_BASE_URL": server.url, "KITCHEN_SINK_API_KEY": "k-123"}
    return subprocess.run([sys.executable, "-m", "kitchen_sink.cli", *args], env=env, capture_output=True, text=True, timeout=60)


def test_cli_example_lists_with_query_options(cli_client: Path) -> None:
    page = {"items": [{"id": "p1", "name": "Rex", "kind": "dog", "extra_field": 1}], "next": None}
    with LoopbackServer() as server:
        server.enqueue(Response.json(page))
        result = run_cli(cli_client, server, "list-pets", "--limit", "5", "--tags", '["a","b"]', "--x-request-id", "r1")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == page
        request = server.requests[0]
        assert (request.method, request.raw_path, request.query) == ("GET", "/pets", "limit=5&tags=a%2Cb")
        assert request.header("X-Request-Id") == "r1"
        assert request.header("X-Api-Key") == "k-123"


def test_cli_example_sends_a_json_body_and_reports_api_errors(cli_client: Path) -> None:
    with LoopbackServer() as server:
        server.enqueue(Response.json({"id": "p9", "name": "Rex", "kind": "dog"}, status=201))
        server.enqueue(Response.json({"title": "Not found", "status": 404}, status=404))
        created = run_cli(cli_client, server, "create-pet", "--body", '{"name": "Rex", "kind": "dog", "from": "shelter"}')
        missing = run_cli(cli_client, server, "get-pet", "nope")
        assert created.returncode == 0, created.stderr
        assert json.loads(created.stdout)["id"] == "p9"
        assert json.loads(server.requests[0].body) == {"name": "Rex", "kind": "dog", "from": "shelter"}
        assert missing.returncode == 1
        assert missing.stderr.strip() == "error: get_pet: HTTP 404 Not Found"
        assert server.requests[1].raw_path == "/pets/nope"


def test_cli_example_validates_arguments(cli_client: Path) -> None:
    with LoopbackServer() as server:
        result = run_cli(cli_client, server, "list-pets", "--limit", "many")
        assert result.returncode == 2 and "invalid int value: 'many'" in result.stderr
        assert server.requests == []


def test_markdown_example_documents_operations_and_models(tmp_path: Path) -> None:
    extras = '[{template: api.md.jinja, per: api, path: docs/API.md}, {template: model.md.jinja, per: model, path: "docs/models/{name}.md"}]'
    out = generate_with(tmp_path, KITCHEN, "kitchen_sink", "markdown-docs", extras)
    api = (out / "docs" / "API.md").read_text()
    assert api.startswith("# Kitchen Sink 2.1.0\n")
    assert "| [`list_pets`](#list-pets) | `GET /pets` | `models.ListPetsResponse200` | List pets |" in api
    assert "| `tags` | query | `list[str] \\| None` | no |  |" in api
    pet = (out / "docs" / "models" / "NewPet.md").read_text()
    assert "| `from_` | `from` | `str \\| None` | no | A keyword as a field name. |" in pet
    dog = (out / "docs" / "models" / "Dog.md").read_text()
    assert "Extends [`Pet`](Pet.md)." in dog
    pages = sorted(p.stem for p in (out / "docs" / "models").glob("*.md"))
    assert "Owner" in pages and "Kind" not in pages
