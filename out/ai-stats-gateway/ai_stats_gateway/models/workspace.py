"""Models of Phaseo Gateway API: Workspace."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class Workspace(BaseModel):
    """The `Workspace` schema."""

    id: str
    name: str | None
    slug: str | None
    created_by: str | None
    created_at: DateTime | None
    updated_at: DateTime | None
