"""Models of Phaseo Gateway API: WorkspaceSsoSettings."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_sso_settings_mode import WorkspaceSsoSettingsMode

__all__ = [
    "WorkspaceSsoSettings",
]


class WorkspaceSsoSettings(BaseModel):
    """The `WorkspaceSsoSettings` schema."""

    enabled: bool
    enforced: bool
    mode: WorkspaceSsoSettingsMode
    provider_identifier: str | None
    domains: list[str]
