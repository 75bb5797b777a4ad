"""Models of Phaseo Gateway API: WorkspaceDepartmentMember."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_department_member_position import WorkspaceDepartmentMemberPosition

__all__ = [
    "WorkspaceDepartmentMember",
]


class WorkspaceDepartmentMember(BaseModel):
    """The `WorkspaceDepartmentMember` schema."""

    user_id: str
    department_id: str
    position: WorkspaceDepartmentMemberPosition
    is_primary: bool
