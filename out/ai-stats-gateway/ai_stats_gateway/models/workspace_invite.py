"""Models of Phaseo Gateway API: WorkspaceInvite."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_assignable_role import WorkspaceAssignableRole


class WorkspaceInvite(BaseModel):
    """The `WorkspaceInvite` schema."""

    id: str
    workspace_id: str
    creator_user_id: str
    role: WorkspaceAssignableRole
    token_preview: str | None = None
    expires_at: DateTime | None = None
    max_uses: int | None = None
    uses_count: int | None = None
    created_at: DateTime | None = None
