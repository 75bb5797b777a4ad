"""Models of Phaseo Gateway API: ProviderCredentialUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_credential_routing_mode import ProviderCredentialRoutingMode


class ProviderCredentialUpdateRequest(BaseModel):
    """The `ProviderCredentialUpdateRequest` schema.

    Attributes:
        key: Write-only: sent, never returned. Replacement raw credential. Encrypted and never returned.
    """

    name: str | None = None
    key: str | None = None
    enabled: bool | None = None
    routing_mode: ProviderCredentialRoutingMode | None = None
    allowed_models: list[str] | None = None
    allowed_api_key_ids: list[str] | None = None
