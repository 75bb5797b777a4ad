"""Models of Phaseo Gateway API: WorkspaceJoinRequestListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_join_request import WorkspaceJoinRequest


class WorkspaceJoinRequestListResponse(BaseModel):
    """The `WorkspaceJoinRequestListResponse` schema."""

    data: list[WorkspaceJoinRequest]
    total_count: int
