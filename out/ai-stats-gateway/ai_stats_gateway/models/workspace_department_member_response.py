"""Models of Phaseo Gateway API: WorkspaceDepartmentMemberResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_department_member import WorkspaceDepartmentMember


class WorkspaceDepartmentMemberResponse(BaseModel):
    """The `WorkspaceDepartmentMemberResponse` schema."""

    data: WorkspaceDepartmentMember
