"""Models of Phaseo Gateway API: WorkspaceGroupMappingDepartmentPosition."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceGroupMappingDepartmentPosition",
]


class WorkspaceGroupMappingDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMapping`."""

    MEMBER = "member"
    LEAD = "lead"
