"""Models of Phaseo Gateway API: WorkspaceDepartmentMemberPosition."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDepartmentMemberPosition",
]


class WorkspaceDepartmentMemberPosition(OpenEnum):
    """The `position` field of `WorkspaceDepartmentMember`."""

    MEMBER = "member"
    LEAD = "lead"
