"""Models of Phaseo Gateway API: WorkspaceAuditEventActor."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceAuditEventActor(BaseModel):
    """The `WorkspaceAuditEventActor` schema."""

    display_name: str | None = None
    email: str | None = None
