"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberUpdateRequestDepartmentMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDirectoryMemberUpdateRequestDepartmentMode",
]


class WorkspaceDirectoryMemberUpdateRequestDepartmentMode(OpenEnum):
    """The `department_mode` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    DIRECTORY = "directory"
    DEPARTMENT = "department"
    NONE = "none"
