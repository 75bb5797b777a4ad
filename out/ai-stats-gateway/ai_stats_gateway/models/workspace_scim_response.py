"""Models of Phaseo Gateway API: WorkspaceScimResponse, WorkspaceScimResponseData."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_scim_endpoint import WorkspaceScimEndpoint
from .workspace_scim_event import WorkspaceScimEvent
from .workspace_scim_token import WorkspaceScimToken


class WorkspaceScimResponseData(BaseModel):
    """The `data` field of `WorkspaceScimResponse`."""

    endpoint: WorkspaceScimEndpoint | None
    tokens: list[WorkspaceScimToken]
    user_count: int
    group_count: int
    last_event: WorkspaceScimEvent | None


class WorkspaceScimResponse(BaseModel):
    """The `WorkspaceScimResponse` schema."""

    data: WorkspaceScimResponseData
