"""Models of Phaseo Gateway API: WorkspaceNotificationRouteResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_route import WorkspaceNotificationRoute


class WorkspaceNotificationRouteResponse(BaseModel):
    """The `WorkspaceNotificationRouteResponse` schema."""

    data: WorkspaceNotificationRoute
