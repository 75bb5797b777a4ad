"""Models of Phaseo Gateway API: WorkspaceNotificationRoutesResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_route_map import WorkspaceNotificationRouteMap


class WorkspaceNotificationRoutesResponse(BaseModel):
    """The `WorkspaceNotificationRoutesResponse` schema."""

    data: WorkspaceNotificationRouteMap
