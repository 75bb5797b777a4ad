"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberUpdateRequest and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WorkspaceDirectoryMemberUpdateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    DIRECTORY = "directory"
    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceDirectoryMemberUpdateRequestDepartmentMode(OpenEnum):
    """The `department_mode` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    DIRECTORY = "directory"
    DEPARTMENT = "department"
    NONE = "none"


class WorkspaceDirectoryMemberUpdateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceDirectoryMemberUpdateRequest(BaseModel):
    """The `WorkspaceDirectoryMemberUpdateRequest` schema.

    Attributes:
        department_mode: Server default: "directory".
        department_position: Server default: "member".
    """

    access_role: WorkspaceDirectoryMemberUpdateRequestAccessRole | None = None
    department_mode: WorkspaceDirectoryMemberUpdateRequestDepartmentMode | None = None
    department_id: str | None = None
    department_position: WorkspaceDirectoryMemberUpdateRequestDepartmentPosition | None = None
