"""Models of Phaseo Gateway API: WorkspaceAuditEvent."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_audit_event_actor import WorkspaceAuditEventActor
from .workspace_audit_event_metadata import WorkspaceAuditEventMetadata


class WorkspaceAuditEvent(BaseModel):
    """The `WorkspaceAuditEvent` schema."""

    id: str
    workspace_id: str
    actor_user_id: str | None = None
    actor: WorkspaceAuditEventActor | None = None
    action: str
    target_type: str
    target_id: str
    target_name: str | None = None
    metadata: WorkspaceAuditEventMetadata
    request_id: str | None = None
    created_at: DateTime
