"""Models of Phaseo Gateway API: WorkspaceDirectoryMember and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum
from .workspace_department import WorkspaceDepartment


class WorkspaceDirectoryMemberEffectiveRole(OpenEnum):
    """The `effective_role` field of `WorkspaceDirectoryMember`."""

    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceDirectoryMemberRoleOverride(OpenEnum):
    """The `role_override` field of `WorkspaceDirectoryMember`."""

    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceDirectoryMemberStatus(OpenEnum):
    """The `status` field of `WorkspaceDirectoryMember`."""

    ACTIVE = "active"
    SUSPENDED = "suspended"


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
