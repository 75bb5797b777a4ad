"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_directory_member_update_request_access_role import (
    WorkspaceDirectoryMemberUpdateRequestAccessRole,
)
from .workspace_directory_member_update_request_department_mode import (
    WorkspaceDirectoryMemberUpdateRequestDepartmentMode,
)
from .workspace_directory_member_update_request_department_positio import (
    WorkspaceDirectoryMemberUpdateRequestDepartmentPosition,
)

__all__ = [
    "WorkspaceDirectoryMemberUpdateRequest",
]


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
