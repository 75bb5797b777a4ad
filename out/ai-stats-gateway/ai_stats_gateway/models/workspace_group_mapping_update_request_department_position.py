"""Models of Phaseo Gateway API: WorkspaceGroupMappingUpdateRequestDepartmentPosition."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceGroupMappingUpdateRequestDepartmentPosition",
]


class WorkspaceGroupMappingUpdateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMappingUpdateRequest`."""

    MEMBER = "member"
    LEAD = "lead"
