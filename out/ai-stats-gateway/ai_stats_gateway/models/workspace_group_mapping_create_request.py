"""Models of Phaseo Gateway API: WorkspaceGroupMappingCreateRequest, WorkspaceGroupMappingCreateRequestAccessRole, WorkspaceGroupMappingCreateRequestDepartmentPosition."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WorkspaceGroupMappingCreateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMappingCreateRequest`."""

    MEMBER = "member"
    ADMIN = "admin"


class WorkspaceGroupMappingCreateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMappingCreateRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceGroupMappingCreateRequest(BaseModel):
    """The `WorkspaceGroupMappingCreateRequest` schema.

    Attributes:
        access_role: Server default: "member".
        department_position: Server default: "member".
    """

    scim_group_id: str
    department_id: str
    access_role: WorkspaceGroupMappingCreateRequestAccessRole | None = None
    department_position: WorkspaceGroupMappingCreateRequestDepartmentPosition | None = None
