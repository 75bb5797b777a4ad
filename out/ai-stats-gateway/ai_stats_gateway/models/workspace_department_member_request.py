"""Models of Phaseo Gateway API: WorkspaceDepartmentMemberRequest, WorkspaceDepartmentMemberRequestPosition."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WorkspaceDepartmentMemberRequestPosition(OpenEnum):
    """The `position` field of `WorkspaceDepartmentMemberRequest`."""

    MEMBER = "member"
    LEAD = "lead"


class WorkspaceDepartmentMemberRequest(BaseModel):
    """The `WorkspaceDepartmentMemberRequest` schema.

    Attributes:
        position: Server default: "member".
        primary: Server default: False.
    """

    position: WorkspaceDepartmentMemberRequestPosition | None = None
    primary: bool | None = None
