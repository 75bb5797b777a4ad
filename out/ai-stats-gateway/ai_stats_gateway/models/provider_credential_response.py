"""Models of Phaseo Gateway API: ProviderCredentialResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_credential import ProviderCredential


class ProviderCredentialResponse(BaseModel):
    """The `ProviderCredentialResponse` schema."""

    data: ProviderCredential
