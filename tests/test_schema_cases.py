"""The schema-features golden client decodes and re-encodes a payload per construct, exactly."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pydantic
import pytest

_PACKAGE_ROOT = Path(__file__).resolve().parent / "cases" / "schema-features" / "expected"
if str(_PACKAGE_ROOT) not in sys.path:
    sys.path.insert(0, str(_PACKAGE_ROOT))

from schema_features import models  # noqa: E402

ADOPTION: dict[str, Any] = {"pet": {"kind": "kitty"}, "at": "2024-05-06T07:08:09.5Z"}

# (construct, extra Adoption fields, check on the decoded model)
PAYLOADS: list[tuple[str, dict[str, Any], Any]] = [
    ("mapped tag picks Cat", {"pet": {"kind": "kitty", "indoor": True}}, lambda a: type(a.pet) is models.Cat),
    ("implicit tag picks Dog", {"pet": {"kind": "Dog", "good": False}}, lambda a: type(a.pet) is models.Dog),
    ("unknown tag kept as data", {"pet": {"kind": "ferret", "legs": 4}}, lambda a: a.pet == {"kind": "ferret", "legs": 4}),
    ("missing tag kept as data", {"pet": {"name": "?"}}, lambda a: a.pet == {"name": "?"}),
    ("date-time parsed", {}, lambda a: a.at == datetime(2024, 5, 6, 7, 8, 9, 500000, tzinfo=timezone.utc)),
    ("date-time with offset", {"at": "2024-05-06T07:08:09+02:00"}, lambda a: a.at.utcoffset().total_seconds() == 7200),
    ("invalid date-time kept as text", {"at": "next tuesday"}, lambda a: a.at == "next tuesday"),
    ("date parsed", {"on": "2024-02-29"}, lambda a: a.on == date(2024, 2, 29)),
    ("invalid date kept as text", {"on": "2023-02-29"}, lambda a: a.on == "2023-02-29"),
    ("3.1 nullable date", {"on": None}, lambda a: a.on is None),
    ("uuid stays text", {"id": "6a2f41a3-c54c-fce8-32d2-0324e1c32e22"}, lambda a: isinstance(a.id, str)),
    ("byte stays base64 text", {"blob": "aGVsbG8="}, lambda a: a.blob == "aGVsbG8="),
    ("3.0 nullable", {"note": None}, lambda a: a.note is None and "note" in a.model_fields_set),
    ("integer enum member", {"level": 2}, lambda a: a.level is models.AdoptionLevel.VALUE_2),
    ("integer enum open to new values", {"level": 9}, lambda a: a.level == 9 and not a.level.is_known),
    ("boolean enum with null", {"flags": None}, lambda a: a.flags is None),
    ("mixed enum", {"mixed": 1}, lambda a: a.mixed == 1),
    ("x-enum-varnames", {"colour": "Red"}, lambda a: a.colour is models.AdoptionColour.RED_UPPER),
    ("empty enum value", {"colour": ""}, lambda a: a.colour is models.AdoptionColour.NONE),
    ("const", {"version": 2}, lambda a: a.version == 2),
    ("const null", {"nothing": None}, lambda a: a.nothing is None),
    ("typed map", {"tags": {"a": "b"}}, lambda a: a.tags == {"a": "b"}),
    ("open map", {"extra": {"n": [1, {"x": None}]}}, lambda a: a.extra == {"n": [1, {"x": None}]}),
    ("prefixItems with more items allowed is a list", {"pair": ["a", 1]}, lambda a: a.pair == ["a", 1]),
    ("prefixItems with items false is a tuple", {"point": [1.5, 2]}, lambda a: a.point == (1.5, 2) and type(a.point[1]) is int),
    (
        "tuples in a list, with a model item",
        {"route": [["a", {"id": 1}], ["b", {"id": 2, "amount": 0.5}]]},
        lambda a: [(leg[0], type(leg[1]), leg[1].id) for leg in a.route] == [("a", models.Named, 1), ("b", models.Named, 2)],
    ),
    ("prefixItems then items", {"labelled": ["a", 1, 2]}, lambda a: a.labelled == ["a", 1, 2]),
    ("patternProperties map", {"headers": {"x-a": "1", "x-b": "2"}}, lambda a: a.headers == {"x-a": "1", "x-b": "2"}),
    ("several patterns", {"counts": {"n_a": 1, "flag_b": True}}, lambda a: a.counts == {"n_a": 1, "flag_b": True}),
    (
        "patternProperties beside properties: extras kept",
        {"labels": {"name": "n", "label_a": "x", "other": [1]}},
        lambda a: a.labels.name == "n" and a.labels.model_extra == {"label_a": "x", "other": [1]},
    ),
    ("recursion", {"children": [{"pet": {"kind": "Dog"}, "at": "x"}]}, lambda a: type(a.children[0].pet) is models.Dog),
    ("oneOf with null", {"either": None}, lambda a: a.either is None),
    ("unknown field kept", {"surprise": {"deep": True}}, lambda a: a.model_extra == {"surprise": {"deep": True}}),
]


@pytest.mark.parametrize(("construct", "extra", "check"), PAYLOADS, ids=[p[0] for p in PAYLOADS])
def test_adoption_payload_round_trips(construct: str, extra: dict[str, Any], check: Any) -> None:
    payload = {**ADOPTION, **extra}
    adoption = models.Adoption.from_dict(payload)
    assert check(adoption)
    assert adoption.to_dict() == payload
    assert json.loads(adoption.to_json()) == payload
    from_json = models.Adoption.from_json(json.dumps(payload))
    assert check(from_json)
    assert from_json.to_dict() == payload


WRONG: list[tuple[str, dict[str, Any]]] = [
    ("number for a date-time", {"at": 5}),
    ("text for an integer enum", {"level": "2"}),
    ("other const", {"version": 3}),
    ("missing required", {"at": None}),
    ("tuple too short", {"point": [1.5]}),
    ("tuple too long", {"point": [1.5, 2, 3]}),
    ("tuple item of the wrong type", {"point": ["1.5", 2]}),
    ("pattern value of the wrong type", {"headers": {"x-a": 1}}),
    ("value fitting no pattern's schema", {"counts": {"n_a": "one"}}),
]


@pytest.mark.parametrize(("construct", "extra"), WRONG, ids=[w[0] for w in WRONG])
def test_values_of_the_wrong_json_type_are_rejected(construct: str, extra: dict[str, Any]) -> None:
    with pytest.raises(pydantic.ValidationError):
        models.Adoption.from_dict({**ADOPTION, **extra})
    with pytest.raises(pydantic.ValidationError):
        models.Adoption.from_json(json.dumps({**ADOPTION, **extra}))


def test_tuple_built_in_python_encodes_as_a_json_array() -> None:
    adoption = models.Adoption(pet=models.Dog(kind="Dog"), at="x", point=(1, 2.5), route=[("a", models.Named(id=1))])
    assert adoption.to_dict()["point"] == [1, 2.5]
    assert json.loads(adoption.to_json())["route"] == [["a", {"id": 1}]]


def test_allof_merge_keeps_the_stricter_type() -> None:
    assert models.Stricter.from_dict({"id": 3}).id == 3
    with pytest.raises(pydantic.ValidationError):
        models.Stricter.from_dict({"id": 3.5})


def test_overlapping_members_without_discriminator_pick_the_first() -> None:
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(models.Overlap)
    assert type(adapter.validate_python({"kind": "x"})) is models.Dog
    assert type(adapter.validate_python({"kind": "x", "indoor": True})) is models.Cat


def test_model_built_in_python_encodes_dates_as_iso_text() -> None:
    adoption = models.Adoption(pet=models.Cat(kind="kitty"), at=datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert adoption.to_dict() == {"pet": {"kind": "kitty"}, "at": "2024-01-01T00:00:00+00:00"}
