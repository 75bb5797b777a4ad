"""Models built without validation (`from_dict_unvalidated`, `validate_responses=False`).

The promise: for valid data, the built model cannot be told from the validated one: `==`, the
same type for every value at every depth (nested models, enum members, `WireDateTime`), the
same `model_fields_set`, `model_extra`, `to_dict()`, `to_json()` and `repr()`, and the same
pydantic instance state. Checked over the schema-features and kitchen-sink cases, over
realistic GitHub repositories (from the shared GitHub spec beside the clone), and through real
clients over loopback HTTP.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pydantic
import pytest

from tests.runtime_support import ROOT, run, server  # noqa: F401 - first: puts the generated packages on the path; `server` is a fixture
from tests.test_schema_cases import ADOPTION, PAYLOADS

_CASES = ROOT / "tests" / "cases"
for _path in (_CASES / "kitchen-sink" / "expected", _CASES / "schema-features" / "expected"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import kitchen_sink  # noqa: E402
from kitchen_sink.errors import ResponseValidationError  # noqa: E402
from loopback import Response  # noqa: E402
from kitchen_sink import models as ks  # noqa: E402
from schema_features import models as sf  # noqa: E402

GITHUB_SPEC = ROOT.parent / "shared" / "specs" / "github" / "api.github.com.json"
INPUTS = ROOT / "benchmarks" / "inputs.py"
# pydantic's instance state, as `model_construct` sets it (pydantic 2.x); the unvalidated path
# sets exactly these, so a pydantic that adds state must fail here first.
PYDANTIC_STATE = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")


def shape(value: Any) -> Any:
    """A value with the type of everything in it spelled out, models' state included."""
    if isinstance(value, pydantic.BaseModel):
        state = {slot: shape(getattr(value, slot)) for slot in PYDANTIC_STATE}
        return (type(value), state)
    if isinstance(value, dict):
        return (dict, [(k, shape(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return (type(value), [shape(v) for v in value])
    if isinstance(value, (set, frozenset)):
        return (type(value), sorted(value))
    if isinstance(value, datetime) or hasattr(value, "wire"):
        return (type(value), value, getattr(value, "wire", None), getattr(value, "tzinfo", None))
    return (type(value), value)


def assert_same(validated: pydantic.BaseModel, built: pydantic.BaseModel) -> None:
    """The built model is the validated one in every way this runtime or pydantic shows."""
    assert built == validated
    assert shape(built) == shape(validated)
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_extra == validated.model_extra
    assert built.to_dict() == validated.to_dict()
    assert built.to_json() == validated.to_json()
    assert repr(built) == repr(validated)
    assert built.__getstate__() == validated.__getstate__()


def check_decodes_alike(cls: Any, payload: Any) -> None:
    """`from_dict` against `from_dict_unvalidated` (on a copy) and `from_json_unvalidated`."""
    text = json.dumps(payload)
    validated = cls.from_dict(payload)
    assert_same(validated, cls.from_json(text))
    original = copy.deepcopy(payload)
    assert_same(validated, cls.from_dict_unvalidated(payload))
    assert payload == original, "the input was changed"
    assert_same(validated, cls.from_json_unvalidated(text))


def test_pydantic_instance_state_is_what_the_unvalidated_path_sets() -> None:
    assert pydantic.BaseModel.__slots__ == PYDANTIC_STATE
    pet = ks.Pet.from_dict_unvalidated({"id": "p", "name": "n", "kind": "dog"})
    assert set(pet.__getstate__()) == set(PYDANTIC_STATE)


@pytest.mark.parametrize(("construct", "extra", "check"), PAYLOADS, ids=[p[0] for p in PAYLOADS])
def test_schema_features_payloads_build_as_validated(construct: str, extra: dict[str, Any], check: Any) -> None:
    payload = {**ADOPTION, **extra}
    check_decodes_alike(sf.Adoption, payload)
    assert check(sf.Adoption.from_dict_unvalidated(payload))


PET = {"id": "p1", "name": "Rex", "kind": "dog"}
PETS: list[tuple[str, dict[str, Any]]] = [
    ("required fields only", {}),
    ("every field, in another order", {
        "extra": {"a": [1, None]}, "attributes": {"legs": 4}, "friends": [], "status": "available",
        "tags": ["x"], "model_config": "m", "class": "c", "from": "f",
        "owner": {"name": "Ann", "email": None, "address": {"city": "Oslo"}},
        "priority": 2, "created_at": 5,
    }),
    ("wire names of keyword fields", {"from": "shelter", "class": "A", "model_config": "cfg"}),
    ("explicit nulls", {"owner": None, "priority": None, "tags": None, "created_at": None}),
    ("nested model, nullable nested model", {"owner": {"name": "Ann", "address": None}}),
    ("recursion: a list of models", {"friends": [{**PET, "id": "p2", "friends": [{**PET, "id": "p3"}]}]}),
    ("open enums with new values", {"kind": "axolotl", "priority": 7, "status": "lost"}),
    ("unknown fields, also nested", {"colour": "brown", "owner": {"name": "Ann", "shoe": 42}, "zz": None}),
    ("a union of int and str", {"created_at": "yesterday"}),
    ("a field by its Python name (validated instead)", {"from_": "python name"}),
]


@pytest.mark.parametrize(("construct", "extra"), PETS, ids=[p[0] for p in PETS])
def test_kitchen_sink_pets_build_as_validated(construct: str, extra: dict[str, Any]) -> None:
    check_decodes_alike(ks.Pet, {**PET, **extra})
    check_decodes_alike(ks.Dog, {**PET, **extra, "good_boy": True})
    check_decodes_alike(ks.ListPetsResponse200, {"items": [{**PET, **extra}, PET], "next": None})


def test_subclass_has_its_own_plan() -> None:
    dog = ks.Dog.from_dict_unvalidated({**PET, "good_boy": False})
    pet = ks.Pet.from_dict_unvalidated({**PET, "good_boy": False})
    assert type(dog) is ks.Dog and dog.good_boy is False
    assert type(pet) is ks.Pet and pet.model_extra == {"good_boy": False}


def test_request_models_with_their_own_validator_are_validated() -> None:
    data = {"id": "a", "name": "n", "password": "p", "created": "2024-01-01T00:00:00Z"}
    assert_same(sf.AccountRequest.from_dict(data), sf.AccountRequest.from_dict_unvalidated(data))


def test_what_is_not_checked_is_kept_as_it_came() -> None:
    pet = ks.Pet.from_dict_unvalidated({**PET, "name": 5, "priority": "high", "tags": "x", "owner": None})
    assert (pet.name, pet.priority, pet.tags) == (5, "high", "x")
    assert sf.Adoption.from_dict_unvalidated({**ADOPTION, "at": 5}).at == 5


def test_missing_required_fields_and_non_objects_still_raise() -> None:
    with pytest.raises(pydantic.ValidationError, match="name"):
        ks.Pet.from_dict_unvalidated({"id": "p", "kind": "dog"})
    with pytest.raises(pydantic.ValidationError, match="name"):
        ks.Pet.from_dict_unvalidated({"id": "p", "kind": "dog", "extra1": 1, "extra2": 2, "x": 3})
    with pytest.raises(pydantic.ValidationError):
        ks.ListPetsResponse200.from_dict_unvalidated({"items": ["not a pet"]})
    with pytest.raises(pydantic.ValidationError):
        ks.Pet.from_dict_unvalidated(["not", "an", "object"])
    with pytest.raises(ValueError):
        ks.Pet.from_json_unvalidated(b"{not json")


def test_a_model_instance_is_returned_as_validation_returns_it() -> None:
    pet = ks.Pet.from_dict(PET)
    assert ks.Pet.from_dict_unvalidated(pet) is pet is ks.Pet.from_dict(pet)


# -- through the clients ------------------------------------------------------------------------


def _listing() -> dict[str, Any]:
    friend = {**PET, "id": "p2", "owner": None, "surprise": [1, {"deep": True}]}
    return {
        "items": [
            {**PET, "from": "shelter", "owner": {"name": "Ann", "address": {"city": "Oslo"}}, "friends": [friend]},
            {**PET, "id": "p3", "priority": None, "kind": "axolotl", "created_at": 1700000000},
        ],
        "page_token": "t",
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_clients_build_responses_without_validation_when_asked(server: Any, mode: str) -> None:
    body = _listing()
    expected = ks.ListPetsResponse200.from_dict(body)
    for validate in (True, False, False):
        server.enqueue(Response.json(body), Response.json(["a", "b"]), Response.json(body["items"][0]))
        outcome = run(
            mode,
            kitchen_sink,
            lambda c: _all(c, mode),
            base_url=server.url,
            validate_responses=validate,
        )
        assert outcome.error is None, outcome.error
        listing, notes, pet = outcome.value
        assert_same(expected, listing)
        assert notes == ["a", "b"]
        assert_same(ks.Pet.from_dict(body["items"][0]), pet)
        assert "priority" not in listing.items[0].model_fields_set
        assert listing.items[1].priority is None and "priority" in listing.items[1].model_fields_set
        assert listing.model_extra == {"page_token": "t"}


def _all(client: Any, mode: str) -> Any:
    calls = (lambda: client.list_pets(), lambda: client.add_note(body="n"), lambda: client.get_pet("p1"))
    if mode == "sync":
        return tuple(call() for call in calls)

    async def gather() -> Any:
        return tuple([await call() for call in calls])

    return gather()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_invalid_responses_still_raise_on_the_unvalidated_path(server: Any, mode: str) -> None:
    server.enqueue(Response.json({"items": [{"id": "p"}]}), Response(body=b"{oops", headers={"Content-Type": "application/json"}))
    for _ in range(2):
        outcome = run(mode, kitchen_sink, lambda c: c.list_pets(), base_url=server.url, validate_responses=False)
        assert isinstance(outcome.error, ResponseValidationError)


def test_with_options_switches_validation(server: Any) -> None:
    server.enqueue(Response.json({**PET, "name": 5}), Response.json({**PET, "name": 5}))
    with kitchen_sink.Client(api_key="k", base_url=server.url, timeout=5.0) as client:
        assert client.validate_responses is True
        fast = client.with_options(validate_responses=False)
        assert fast.get_pet("p1").name == 5
        with pytest.raises(ResponseValidationError):
            client.get_pet("p1")


# -- realistic GitHub repositories --------------------------------------------------------------


@pytest.fixture(scope="module")
def github(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """The GitHub client (unformatted) and 300 varied repositories as JSON lines."""
    assert GITHUB_SPEC.is_file(), f"{GITHUB_SPEC} is missing: clone the project with shared/ beside it"
    out = tmp_path_factory.mktemp("github")
    generate = [sys.executable, "-m", "generator", "generate", "-q", str(GITHUB_SPEC), "-o", str(out)]
    subprocess.run([*generate, "--package-name", "gh_unvalidated", "--formatter", "none", "--no-cache"], check=True, cwd=ROOT)
    samples = out / "repositories.jsonl"
    subprocess.run([sys.executable, str(INPUTS), "repositories", str(GITHUB_SPEC), str(samples), "300", "11"], check=True)
    sys.path.insert(0, str(out))
    import gh_unvalidated.models

    return gh_unvalidated.models, samples


@pytest.mark.parametrize("model", ["FullRepository", "Repository", "MinimalRepository"])
def test_github_repositories_build_as_validated(github: tuple[Any, Path], model: str) -> None:
    models, samples = github
    cls = getattr(models, model)
    declared = {field.alias or name for name, field in cls.model_fields.items()}
    lines = samples.read_text(encoding="utf-8").splitlines()
    for line in lines:
        payload = json.loads(line)
        restricted = {k: v for k, v in payload.items() if k in declared}
        check_decodes_alike(cls, restricted)
    check_decodes_alike(cls, {**json.loads(lines[0]), "unknown": {"kept": True}})


@pytest.mark.parametrize("build", ["from_dict", "from_dict_unvalidated"])
def test_copies_and_pickles_keep_the_text_of_dates(build: str) -> None:
    import pickle

    adoption = getattr(sf.Adoption, build)({**ADOPTION, "on": "2024-02-29", "children": [{**ADOPTION, "at": "2024-05-06T07:08:09+02:00"}]})
    for clone in (copy.copy(adoption), copy.deepcopy(adoption), pickle.loads(pickle.dumps(adoption))):
        assert_same(adoption, clone)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_error_bodies_are_built_too(server: Any, mode: str) -> None:
    problem = {"title": "gone", "status": 404, "trace": "t-1"}
    server.enqueue(Response.json(problem, status=404))
    outcome = run(mode, kitchen_sink, lambda c: c.get_pet("p1"), base_url=server.url, validate_responses=False)
    assert isinstance(outcome.error, kitchen_sink.errors.NotFoundError)
    assert_same(ks.Problem.from_dict(problem), outcome.error.body)
