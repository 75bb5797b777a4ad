"""Models of Phaseo Gateway API: WorkspaceMemberRoleUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_assignable_role import WorkspaceAssignableRole


class WorkspaceMemberRoleUpdateRequest(BaseModel):
    """The `WorkspaceMemberRoleUpdateRequest` schema."""

    role: WorkspaceAssignableRole
