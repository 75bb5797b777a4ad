"""Models of Phaseo Gateway API: WorkspaceInviteCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_assignable_role import WorkspaceAssignableRole


class WorkspaceInviteCreateRequest(BaseModel):
    """The `WorkspaceInviteCreateRequest` schema.

    Attributes:
        expires_in_days: Server default: 7.
    """

    role: WorkspaceAssignableRole | None = None
    expires_in_days: int | None = None
    max_uses: int | None = None
