"""Models of Phaseo Gateway API: WorkspaceGroupMappingUpdateRequest, WorkspaceGroupMappingUpdateRequestAccessRole, WorkspaceGroupMappingUpdateRequestDepartmentPosition."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WorkspaceGroupMappingUpdateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMappingUpdateRequest`."""

    MEMBER = "member"
    ADMIN = "admin"


class WorkspaceGroupMappingUpdateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMappingUpdateRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceGroupMappingUpdateRequest(BaseModel):
    """The `WorkspaceGroupMappingUpdateRequest` schema."""

    access_role: WorkspaceGroupMappingUpdateRequestAccessRole | None = None
    department_position: WorkspaceGroupMappingUpdateRequestDepartmentPosition | None = None
