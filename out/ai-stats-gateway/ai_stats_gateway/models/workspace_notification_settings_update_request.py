"""Models of Phaseo Gateway API: WorkspaceNotificationSettingsUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_auto_top_up_update import WorkspaceAutoTopUpUpdate
from .workspace_low_balance_email_update import WorkspaceLowBalanceEmailUpdate
from .workspace_notification_email_preferences_update import (
    WorkspaceNotificationEmailPreferencesUpdate,
)


class WorkspaceNotificationSettingsUpdateRequest(BaseModel):
    """The `WorkspaceNotificationSettingsUpdateRequest` schema."""

    auto_top_up: WorkspaceAutoTopUpUpdate | None = None
    low_balance_email: WorkspaceLowBalanceEmailUpdate | None = None
    email_preferences: WorkspaceNotificationEmailPreferencesUpdate | None = None
