"""Models of Phaseo Gateway API: ProviderCredential."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .provider_credential_routing_mode import ProviderCredentialRoutingMode


class ProviderCredential(BaseModel):
    """The `ProviderCredential` schema."""

    id: str
    workspace_id: str
    provider_id: str
    name: str
    enabled: bool
    disabled: bool
    always_use: bool | None = None
    routing_mode: ProviderCredentialRoutingMode
    is_fallback: bool
    sort_order: int
    prefix: str | None = None
    suffix: str | None = None
    verification_status: str | None = None
    error_message: str | None = None
    last_verified_at: DateTime | None = None
    last_used_at: DateTime | None = None
    created_at: DateTime | None = None
    created_by: str | None = None
    allowed_model_slugs: list[str] | None = None
    allowed_api_key_ids: list[str] | None = None
