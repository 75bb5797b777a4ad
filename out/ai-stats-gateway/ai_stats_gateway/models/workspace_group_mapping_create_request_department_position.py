"""Models of Phaseo Gateway API: WorkspaceGroupMappingCreateRequestDepartmentPosition."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceGroupMappingCreateRequestDepartmentPosition",
]


class WorkspaceGroupMappingCreateRequestDepartmentPosition(OpenEnum):
    """The `department_position` field of `WorkspaceGroupMappingCreateRequest`."""

    MEMBER = "member"
    LEAD = "lead"
