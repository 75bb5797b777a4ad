"""Models of Phaseo Gateway API: WorkspaceSsoSettings, WorkspaceSsoSettingsMode."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WorkspaceSsoSettingsMode(OpenEnum):
    """The `mode` field of `WorkspaceSsoSettings`."""

    NONE = "none"
    SAML = "saml"
    CUSTOM_OIDC = "custom_oidc"


class WorkspaceSsoSettings(BaseModel):
    """The `WorkspaceSsoSettings` schema."""

    enabled: bool
    enforced: bool
    mode: WorkspaceSsoSettingsMode
    provider_identifier: str | None
    domains: list[str]
