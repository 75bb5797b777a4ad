"""Models of Phaseo Gateway API: WorkspaceDepartmentMemberRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_department_member_request_position import WorkspaceDepartmentMemberRequestPosition

__all__ = [
    "WorkspaceDepartmentMemberRequest",
]


class WorkspaceDepartmentMemberRequest(BaseModel):
    """The `WorkspaceDepartmentMemberRequest` schema.

    Attributes:
        position: Server default: "member".
        primary: Server default: False.
    """

    position: WorkspaceDepartmentMemberRequestPosition | None = None
    primary: bool | None = None
