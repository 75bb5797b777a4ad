"""Models of Phaseo Gateway API: WorkspaceGroupMapping, WorkspaceGroupMappingAccessRole, WorkspaceGroupMappingDepartmentPosition."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum


class WorkspaceGroupMappingAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMapping`."""

    MEMBER = "member"
    ADMIN = "admin"


class WorkspaceGroupMappingDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMapping`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceGroupMapping(BaseModel):
    """The `WorkspaceGroupMapping` schema."""

    id: str
    scim_group_id: str
    department_id: str
    access_role: WorkspaceGroupMappingAccessRole
    department_position: WorkspaceGroupMappingDepartmentPosition
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
