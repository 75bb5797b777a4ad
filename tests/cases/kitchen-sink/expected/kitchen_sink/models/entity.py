"""Models of Kitchen Sink: Entity."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "Entity",
]


class Entity(BaseModel):
    """The `Entity` schema."""

    id: str
    created_at: int | str | None = None
