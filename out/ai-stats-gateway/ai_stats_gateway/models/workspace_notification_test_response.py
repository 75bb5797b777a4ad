"""Models of Phaseo Gateway API: WorkspaceNotificationTestResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_test_response_data import WorkspaceNotificationTestResponseData

__all__ = [
    "WorkspaceNotificationTestResponse",
]


class WorkspaceNotificationTestResponse(BaseModel):
    """The `WorkspaceNotificationTestResponse` schema."""

    data: WorkspaceNotificationTestResponseData
