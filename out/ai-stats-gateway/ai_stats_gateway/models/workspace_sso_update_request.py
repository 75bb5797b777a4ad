"""Models of Phaseo Gateway API: WorkspaceSsoUpdateRequest, WorkspaceSsoUpdateRequestMode."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WorkspaceSsoUpdateRequestMode(OpenEnum):
    """The `mode` field of `WorkspaceSsoUpdateRequest`."""

    NONE = "none"
    SAML = "saml"
    CUSTOM_OIDC = "custom_oidc"


class WorkspaceSsoUpdateRequest(BaseModel):
    """The `WorkspaceSsoUpdateRequest` schema."""

    enabled: bool
    enforced: bool | None = None
    mode: WorkspaceSsoUpdateRequestMode
    provider_identifier: str | None = None
    domains: list[str] | None = None
