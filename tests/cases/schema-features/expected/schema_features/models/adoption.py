"""Models of Schema Features: Adoption."""

from __future__ import annotations

from typing import Any, Literal

from .._base_model import BaseModel, Date, DateTime
from .adoption_closed import AdoptionClosed
from .adoption_colour import AdoptionColour
from .adoption_level import AdoptionLevel
from .pet import Pet

__all__ = [
    "Adoption",
]


class Adoption(BaseModel):
    """The `Adoption` schema.

    Attributes:
        pet: Picked by `kind`; `kitty` is mapped, `Dog` is the implicit schema name.
        note: Deprecated.
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
    children: list[Adoption] | None = None
    either: str | None = None
