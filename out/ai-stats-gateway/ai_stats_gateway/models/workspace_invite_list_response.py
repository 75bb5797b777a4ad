"""Models of Phaseo Gateway API: WorkspaceInviteListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_invite import WorkspaceInvite


class WorkspaceInviteListResponse(BaseModel):
    """The `WorkspaceInviteListResponse` schema."""

    data: list[WorkspaceInvite]
    total_count: int
