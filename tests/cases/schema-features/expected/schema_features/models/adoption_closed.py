"""Models of Schema Features: AdoptionClosed."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "AdoptionClosed",
]


class AdoptionClosed(BaseModel):
    """The `closed` field of `Adoption`."""

    a: str | None = None
