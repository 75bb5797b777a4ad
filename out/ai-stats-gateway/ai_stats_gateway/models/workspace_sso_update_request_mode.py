"""Models of Phaseo Gateway API: WorkspaceSsoUpdateRequestMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceSsoUpdateRequestMode",
]


class WorkspaceSsoUpdateRequestMode(OpenEnum):
    """The `mode` field of `WorkspaceSsoUpdateRequest`."""

    NONE = "none"
    SAML = "saml"
    CUSTOM_OIDC = "custom_oidc"
