"""Models of Phaseo Gateway API: WorkspaceDepartmentMember, WorkspaceDepartmentMemberPosition."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WorkspaceDepartmentMemberPosition(OpenEnum):
    """The `position` field of `WorkspaceDepartmentMember`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceDepartmentMember(BaseModel):
    """The `WorkspaceDepartmentMember` schema."""

    user_id: str
    department_id: str
    position: WorkspaceDepartmentMemberPosition
    is_primary: bool
