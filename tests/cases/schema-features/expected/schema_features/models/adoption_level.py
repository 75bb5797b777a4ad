"""Models of Schema Features: AdoptionLevel."""

from __future__ import annotations

from .._base_model import OpenIntEnum

__all__ = [
    "AdoptionLevel",
]


class AdoptionLevel(OpenIntEnum):
    """The `level` field of `Adoption`."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
