"""Models of Phaseo Gateway API: WorkspaceJoinRequestResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_join_request import WorkspaceJoinRequest


class WorkspaceJoinRequestResponse(BaseModel):
    """The `WorkspaceJoinRequestResponse` schema."""

    data: WorkspaceJoinRequest
