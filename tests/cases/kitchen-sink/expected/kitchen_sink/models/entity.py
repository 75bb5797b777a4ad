"""Models of Kitchen Sink: Entity."""

from __future__ import annotations

from .._base_model import BaseModel


class Entity(BaseModel):
    """The `Entity` schema.

    Attributes:
        id: Read-only: set by the server, never sent.
    """

    id: str
    created_at: int | str | None = None
