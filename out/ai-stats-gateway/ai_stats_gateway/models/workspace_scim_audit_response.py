"""Models of Phaseo Gateway API: WorkspaceScimAuditResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_scim_event import WorkspaceScimEvent


class WorkspaceScimAuditResponse(BaseModel):
    """The `WorkspaceScimAuditResponse` schema."""

    data: list[WorkspaceScimEvent]
