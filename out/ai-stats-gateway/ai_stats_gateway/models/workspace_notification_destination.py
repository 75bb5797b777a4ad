"""Models of Phaseo Gateway API: WorkspaceNotificationDestination."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_notification_destination_status import WorkspaceNotificationDestinationStatus
from .workspace_notification_destination_type import WorkspaceNotificationDestinationType

__all__ = [
    "WorkspaceNotificationDestination",
]


class WorkspaceNotificationDestination(BaseModel):
    """The `WorkspaceNotificationDestination` schema."""

    id: str
    name: str
    type: WorkspaceNotificationDestinationType
    target_preview: str
    status: WorkspaceNotificationDestinationStatus
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
