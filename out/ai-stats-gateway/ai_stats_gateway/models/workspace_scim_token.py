"""Models of Phaseo Gateway API: WorkspaceScimToken."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class WorkspaceScimToken(BaseModel):
    """The `WorkspaceScimToken` schema."""

    id: str
    token_prefix: str
    label: str
    created_at: DateTime | None = None
    expires_at: DateTime | None = None
    last_used_at: DateTime | None = None
    revoked_at: DateTime | None = None
