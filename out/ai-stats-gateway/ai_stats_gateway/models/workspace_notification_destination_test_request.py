"""Models of Phaseo Gateway API: WorkspaceNotificationDestinationTestRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_destination_type import WorkspaceNotificationDestinationType


class WorkspaceNotificationDestinationTestRequest(BaseModel):
    """The `WorkspaceNotificationDestinationTestRequest` schema."""

    type: WorkspaceNotificationDestinationType
    target: str
