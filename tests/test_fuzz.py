"""Mutation fuzzing of real specs through the whole pipeline (load → IR → names → render).

Hypothesis drops keys, changes value types, breaks `$ref`s and injects hostile strings into
small real specs from ../shared/specs. The only outcomes allowed: a generated client whose
modules compile, or a SpecError whose every diagnostic is located (`FILE#/pointer: message`).
Bounded and derandomized, so CI runs the same examples every time. Crashers found are kept as
explicit examples (`@example`).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.diagnostics import SpecError
from generator.pipeline import GenerateRequest, generate
from tests.hostile.hostile_spec import HOSTILE

SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"
SEEDS = ("apis-guru/xkcd.com.json", "apis-guru/wolframalpha.com.json", "apis-guru/tsapi.net.json")
REPLACEMENTS = st.one_of(
    st.sampled_from([None, True, 0, -1, 1.5, [], {}, "", {"$ref": "#/nope"}, {"$ref": "#"}, {"$ref": 7}, [None]]),
    st.sampled_from(HOSTILE),
)
Mutation = tuple[str, int, Any]
MUTATIONS = st.lists(
    st.tuples(st.sampled_from(["drop", "replace", "rename", "inject"]), st.integers(0, 10**6), REPLACEMENTS),
    min_size=1,
    max_size=4,
)



def test_corpus_for_fuzzing_is_present() -> None:
    """The fuzz cases below need the shared specs; their absence is a failure, not a skip."""
    assert SPECS.is_dir(), f"{SPECS} is missing: clone the project with shared/ beside it"


def _containers(value: Any) -> list[dict[str, Any] | list[Any]]:
    """Every object and array in a document, in a stable order."""
    found: list[dict[str, Any] | list[Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list)):
            found.append(item)
            stack.extend(reversed(list(item.values()) if isinstance(item, dict) else item))
    return found


def mutate(document: Any, mutations: list[Mutation]) -> Any:
    """Apply each mutation to the container picked by its index (modulo the container count)."""
    document = copy.deepcopy(document)
    for kind, index, replacement in mutations:
        containers = [c for c in _containers(document) if c]
        if not containers:
            break
        target = containers[index % len(containers)]
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        key = keys[index % len(keys)]
        if kind == "drop":
            del target[key]  # type: ignore[arg-type]
        elif kind == "replace":
            target[key] = copy.deepcopy(replacement)  # type: ignore[index]
        elif kind == "rename" and isinstance(target, dict):
            target[str(replacement)] = target.pop(key)  # type: ignore[arg-type]
        elif kind == "inject" and isinstance(target[key], str):  # type: ignore[index]
            target[key] += str(replacement)  # type: ignore[index]
    return document


def _check_outcome(tmp_path: Path, document: Any) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    try:
        files = generate(GenerateRequest(spec=spec, package_name="fuzzed")).files
    except SpecError as exc:
        assert exc.diagnostics
        for diagnostic in exc.diagnostics:
            assert diagnostic.location.startswith(("spec.json", str(spec), "--package-name")), diagnostic
            assert diagnostic.message and "\n" not in diagnostic.message, diagnostic
        return
    for path, content in files.items():
        if path.endswith(".py"):
            compile(content, path, "exec")


@pytest.mark.parametrize("seed", SEEDS)
@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=MUTATIONS)
@example(mutations=[("rename", 3, "")])  # an empty name as an inline schema's hint crashed pascal_case
@example(mutations=[("replace", 0, {"$ref": "#"})])
def test_mutated_real_spec_gives_a_client_or_located_errors(tmp_path: Path, seed: str, mutations: list[Mutation]) -> None:
    document = json.loads((SPECS / seed).read_text("utf-8"))
    _check_outcome(tmp_path, mutate(document, mutations))
