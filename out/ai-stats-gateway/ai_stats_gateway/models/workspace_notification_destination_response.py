"""Models of Phaseo Gateway API: WorkspaceNotificationDestinationResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_destination import WorkspaceNotificationDestination


class WorkspaceNotificationDestinationResponse(BaseModel):
    """The `WorkspaceNotificationDestinationResponse` schema."""

    data: WorkspaceNotificationDestination
