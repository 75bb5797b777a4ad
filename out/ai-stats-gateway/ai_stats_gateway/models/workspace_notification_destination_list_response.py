"""Models of Phaseo Gateway API: WorkspaceNotificationDestinationListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_destination import WorkspaceNotificationDestination


class WorkspaceNotificationDestinationListResponse(BaseModel):
    """The `WorkspaceNotificationDestinationListResponse` schema."""

    data: list[WorkspaceNotificationDestination]
