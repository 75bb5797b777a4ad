"""Models of Phaseo Gateway API: WorkspaceJoinRequest."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_join_request_status import WorkspaceJoinRequestStatus


class WorkspaceJoinRequest(BaseModel):
    """The `WorkspaceJoinRequest` schema."""

    id: str
    workspace_id: str
    requester_user_id: str
    invite_id: str | None = None
    status: WorkspaceJoinRequestStatus
    created_at: DateTime | None = None
    decided_at: DateTime | None = None
    decided_by: str | None = None
