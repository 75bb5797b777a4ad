"""Models of Phaseo Gateway API: WorkspaceSsoSettingsMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceSsoSettingsMode",
]


class WorkspaceSsoSettingsMode(OpenEnum):
    """The `mode` field of `WorkspaceSsoSettings`."""

    NONE = "none"
    SAML = "saml"
    CUSTOM_OIDC = "custom_oidc"
