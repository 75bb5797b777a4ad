"""Models of Phaseo Gateway API: Embedding."""

from __future__ import annotations

from .._base_model import BaseModel


class Embedding(BaseModel):
    """The `Embedding` schema."""

    object: str | None = None
    embedding: list[int | float] | None = None
    index: int | None = None
