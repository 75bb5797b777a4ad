"""Models of Phaseo Gateway API: WorkspaceNotificationDestinationCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_destination_type import WorkspaceNotificationDestinationType


class WorkspaceNotificationDestinationCreateRequest(BaseModel):
    """The `WorkspaceNotificationDestinationCreateRequest` schema.

    Attributes:
        target: Destination address, URL, or JSON-encoded provider configuration. Stored encrypted and never returned.
    """

    name: str
    type: WorkspaceNotificationDestinationType
    target: str
