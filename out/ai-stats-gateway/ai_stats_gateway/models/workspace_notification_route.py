"""Models of Phaseo Gateway API: WorkspaceNotificationRoute."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_event_kind import WorkspaceNotificationEventKind


class WorkspaceNotificationRoute(BaseModel):
    """The `WorkspaceNotificationRoute` schema."""

    event_kind: WorkspaceNotificationEventKind
    destination_ids: list[str]
