"""Models of Phaseo Gateway API: WorkspaceAuditEventMetadata."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, DateTime
from .workspace_audit_event_limits import WorkspaceAuditEventLimits


class WorkspaceAuditEventMetadata(BaseModel):
    """The `WorkspaceAuditEventMetadata` schema."""

    prefix: str | None = None
    status: str | None = None
    changed_fields: list[str] | None = Field(default=None, alias="changedFields")
    limits: WorkspaceAuditEventLimits | None = None
    replacement_key_id: str | None = Field(default=None, alias="replacementKeyId")
    replacement_key_name: str | None = Field(default=None, alias="replacementKeyName")
    previous_key_expires_at: DateTime | None = Field(default=None, alias="previousKeyExpiresAt")
    access_template: str | None = Field(default=None, alias="accessTemplate")
    expires_at: DateTime | None = Field(default=None, alias="expiresAt")
