"""Models of Schema Features: Adoption and 4 more."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Strict

from .._base_model import BaseModel, Date, DateTime, OpenEnum, OpenIntEnum
from .named import Named
from .pet import Pet


class AdoptionLevel(OpenIntEnum):
    """The `level` field of `Adoption`."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3


class AdoptionColour(OpenEnum):
    """The `colour` field of `Adoption`."""

    RED = "red"
    RED_UPPER = "Red"
    NONE = ""
    TWO_X = "2x"


class AdoptionClosed(BaseModel):
    """The `closed` field of `Adoption`."""

    a: str | None = None


class AdoptionLabels(BaseModel):
    """The `labels` field of `Adoption`."""

    name: str | None = None


class Adoption(BaseModel):
    """The `Adoption` schema.

    Attributes:
        pet: Picked by `kind`; `kitty` is mapped, `Dog` is the implicit schema name.
        note: Deprecated.
        point: `items: false`: exactly these two items, a tuple.
        labelled: More items may follow the prefix: a list of any of the types.
    """

    pet: Pet
    at: DateTime
    on: Date | None = None
    id: str | None = None
    blob: str | None = None
    note: str | None = None
    level: AdoptionLevel | None = None
    flags: bool | None = None
    mixed: str | int | bool | None = None
    version: Literal[2] | None = None
    nothing: None = None
    colour: AdoptionColour | None = None
    tags: dict[str, str] | None = None
    extra: dict[str, Any] | None = None
    closed: AdoptionClosed | None = None
    pair: list[Any] | None = None
    point: Annotated[tuple[int | float, int | float], Strict(False)] | None = None
    route: list[Annotated[tuple[str, Named], Strict(False)]] | None = None
    labelled: list[str | int] | None = None
    headers: dict[str, str] | None = None
    counts: dict[str, int | bool] | None = None
    labels: AdoptionLabels | None = None
    children: list[Adoption] | None = None
    either: str | None = None
