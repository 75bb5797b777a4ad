"""Models of Phaseo Gateway API: WorkspaceNotificationDestination, WorkspaceNotificationDestinationStatus."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum
from .workspace_notification_destination_type import WorkspaceNotificationDestinationType


class WorkspaceNotificationDestinationStatus(OpenEnum):
    """The `status` field of `WorkspaceNotificationDestination`."""

    ACTIVE = "active"
    DISABLED = "disabled"


class WorkspaceNotificationDestination(BaseModel):
    """The `WorkspaceNotificationDestination` schema."""

    id: str
    name: str
    type: WorkspaceNotificationDestinationType
    target_preview: str
    status: WorkspaceNotificationDestinationStatus
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
