"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberUpdateRequestDepartmentPosition."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDirectoryMemberUpdateRequestDepartmentPosition",
]


class WorkspaceDirectoryMemberUpdateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    MEMBER = "member"
    LEAD = "lead"
