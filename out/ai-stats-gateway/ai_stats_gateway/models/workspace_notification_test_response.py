"""Models of Phaseo Gateway API: WorkspaceNotificationTestResponse, WorkspaceNotificationTestResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceNotificationTestResponseData(BaseModel):
    """The `data` field of `WorkspaceNotificationTestResponse`."""

    delivered: bool
    status: int | None


class WorkspaceNotificationTestResponse(BaseModel):
    """The `WorkspaceNotificationTestResponse` schema."""

    data: WorkspaceNotificationTestResponseData
