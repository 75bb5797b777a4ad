"""Models of Phaseo Gateway API: ProviderCredentialResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_credential import ProviderCredential

__all__ = ["ProviderCredentialResponse"]


class ProviderCredentialResponse(BaseModel):
    """The `ProviderCredentialResponse` schema."""

    data: ProviderCredential
