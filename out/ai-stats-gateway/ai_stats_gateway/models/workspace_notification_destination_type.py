"""Models of Phaseo Gateway API: WorkspaceNotificationDestinationType."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceNotificationDestinationType(OpenEnum):
    """The `WorkspaceNotificationDestinationType` schema."""

    EMAIL = "email"
    DISCORD = "discord"
    DISCORD_WEBHOOK = "discord_webhook"
    SLACK = "slack"
    MICROSOFT_TEAMS = "microsoft_teams"
    CUSTOM_WEBHOOK = "custom_webhook"
