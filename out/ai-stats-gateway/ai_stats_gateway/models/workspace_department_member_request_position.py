"""Models of Phaseo Gateway API: WorkspaceDepartmentMemberRequestPosition."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDepartmentMemberRequestPosition",
]


class WorkspaceDepartmentMemberRequestPosition(OpenEnum):
    """The `position` field of `WorkspaceDepartmentMemberRequest`."""

    MEMBER = "member"
    LEAD = "lead"
