"""Models of Phaseo Gateway API: WorkspaceDirectoryMember."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_department import WorkspaceDepartment
from .workspace_directory_member_effective_role import WorkspaceDirectoryMemberEffectiveRole
from .workspace_directory_member_role_override import WorkspaceDirectoryMemberRoleOverride
from .workspace_directory_member_status import WorkspaceDirectoryMemberStatus

__all__ = [
    "WorkspaceDirectoryMember",
]


class WorkspaceDirectoryMember(BaseModel):
    """The `WorkspaceDirectoryMember` schema."""

    user_id: str
    display_name: str
    email: str | None = None
    workspace_role: str
    effective_role: WorkspaceDirectoryMemberEffectiveRole
    access_source: str
    department: WorkspaceDepartment | None
    department_source: str
    directory_department: str | None = None
    role_override: WorkspaceDirectoryMemberRoleOverride | None
    department_override_enabled: bool
    department_override_id: str | None
    status: WorkspaceDirectoryMemberStatus
    joined_at: DateTime | None = None
