"""Models of Phaseo Gateway API: WorkspaceScimEndpoint."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class WorkspaceScimEndpoint(BaseModel):
    """The `WorkspaceScimEndpoint` schema."""

    id: str
    enabled: bool
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
