"""Models of Schema Features: AdoptionColour."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AdoptionColour",
]


class AdoptionColour(OpenEnum):
    """The `colour` field of `Adoption`."""

    RED = "red"
    RED_UPPER = "Red"
    NONE = ""
    TWO_X = "2x"
