"""Golden output: every configured client regenerates byte-for-byte and type-checks strictly.

Regenerate all of them (out/ and tests/cases/*/expected) with `oapigen generate` at the
repository root; `oapigen check` verifies them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ClientConfig, load_config
from generator.pipeline import GenerateRequest, generate
from generator.writer import compare
from tests.mypy_support import mypy_strict

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = load_config(ROOT / "pyproject.toml")


def _id(client: ClientConfig) -> str:
    return client.output.relative_to(ROOT).as_posix()


def _generate(client: ClientConfig) -> dict[str, bytes]:
    return generate(GenerateRequest.for_client(client)).files


def test_every_spec_in_specs_has_a_configured_client() -> None:
    configured = {c.spec.resolve() for c in CLIENTS}
    assert {p.resolve() for p in (ROOT / "specs").iterdir() if p.suffix in (".yaml", ".json")} <= configured


@pytest.mark.parametrize("client", CLIENTS, ids=_id)
def test_output_is_current_byte_for_byte(client: ClientConfig) -> None:
    state = compare(client.output, _generate(client))
    details = "".join("".join(d[:40]) for d in state.diffs.values())
    assert state.current, f"{_id(client)} is stale (run `oapigen generate`): {state}\n{details}"


@pytest.mark.parametrize("client", CLIENTS, ids=_id)
def test_generation_is_deterministic(client: ClientConfig) -> None:
    assert _generate(client) == _generate(client)


@pytest.mark.parametrize("client", CLIENTS, ids=_id)
def test_generated_package_passes_mypy_strict(client: ClientConfig) -> None:
    package = client.package_name
    assert package is not None
    result = mypy_strict(package, client.output)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found")
