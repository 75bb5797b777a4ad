"""Models of Phaseo Gateway API: WorkspaceNotificationSettings."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_auto_top_up_settings import WorkspaceAutoTopUpSettings
from .workspace_low_balance_email_settings import WorkspaceLowBalanceEmailSettings
from .workspace_notification_email_preferences import WorkspaceNotificationEmailPreferences


class WorkspaceNotificationSettings(BaseModel):
    """The `WorkspaceNotificationSettings` schema."""

    auto_top_up: WorkspaceAutoTopUpSettings
    low_balance_email: WorkspaceLowBalanceEmailSettings
    email_preferences: WorkspaceNotificationEmailPreferences
