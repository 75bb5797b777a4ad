"""Models of Schema Features: AdoptionLabels."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "AdoptionLabels",
]


class AdoptionLabels(BaseModel):
    """The `labels` field of `Adoption`."""

    name: str | None = None
