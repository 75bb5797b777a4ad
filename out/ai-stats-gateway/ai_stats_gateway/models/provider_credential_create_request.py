"""Models of Phaseo Gateway API: ProviderCredentialCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_credential_routing_mode import ProviderCredentialRoutingMode


class ProviderCredentialCreateRequest(BaseModel):
    """The `ProviderCredentialCreateRequest` schema.

    Attributes:
        key: Write-only: sent, never returned. Raw credential. Encrypted and never returned.
        enabled: Server default: True.
    """

    provider: str
    name: str
    key: str
    enabled: bool | None = None
    routing_mode: ProviderCredentialRoutingMode | None = None
    allowed_models: list[str] | None = None
    allowed_api_key_ids: list[str] | None = None
