"""Models of Phaseo Gateway API: ProviderCredentialReorderRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_credential_routing_mode import ProviderCredentialRoutingMode


class ProviderCredentialReorderRequest(BaseModel):
    """The `ProviderCredentialReorderRequest` schema."""

    provider: str
    routing_mode: ProviderCredentialRoutingMode
    key_ids: list[str]
