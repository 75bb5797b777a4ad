"""Models of Phaseo Gateway API: WorkspaceNotificationRouteUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceNotificationRouteUpdateRequest(BaseModel):
    """The `WorkspaceNotificationRouteUpdateRequest` schema."""

    destination_ids: list[str]
