"""Models of Phaseo Gateway API: WorkspaceAuditEventListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_audit_event import WorkspaceAuditEvent


class WorkspaceAuditEventListResponse(BaseModel):
    """The `WorkspaceAuditEventListResponse` schema."""

    data: list[WorkspaceAuditEvent]
    has_more: bool
    next_cursor: str | None = None
