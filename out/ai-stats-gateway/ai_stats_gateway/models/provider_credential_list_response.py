"""Models of Phaseo Gateway API: ProviderCredentialListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_credential import ProviderCredential


class ProviderCredentialListResponse(BaseModel):
    """The `ProviderCredentialListResponse` schema."""

    data: list[ProviderCredential]
    total_count: int
