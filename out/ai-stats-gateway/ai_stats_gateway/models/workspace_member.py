"""Models of Phaseo Gateway API: WorkspaceMember."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_role import WorkspaceRole


class WorkspaceMember(BaseModel):
    """The `WorkspaceMember` schema."""

    workspace_id: str
    user_id: str
    role: WorkspaceRole
    joined_at: DateTime | None = None
    display_name: str | None = None
