"""Models of Phaseo Gateway API: WorkspaceNotificationSettingsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_notification_settings import WorkspaceNotificationSettings


class WorkspaceNotificationSettingsResponse(BaseModel):
    """The `WorkspaceNotificationSettingsResponse` schema."""

    data: WorkspaceNotificationSettings
