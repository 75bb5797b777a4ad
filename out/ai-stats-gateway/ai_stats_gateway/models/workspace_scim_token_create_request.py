"""Models of Phaseo Gateway API: WorkspaceScimTokenCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class WorkspaceScimTokenCreateRequest(BaseModel):
    """The `WorkspaceScimTokenCreateRequest` schema."""

    label: str | None = None
    expires_at: DateTime | None = None
