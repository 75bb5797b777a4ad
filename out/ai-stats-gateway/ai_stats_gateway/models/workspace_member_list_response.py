"""Models of Phaseo Gateway API: WorkspaceMemberListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_member import WorkspaceMember


class WorkspaceMemberListResponse(BaseModel):
    """The `WorkspaceMemberListResponse` schema."""

    data: list[WorkspaceMember]
    total_count: int
