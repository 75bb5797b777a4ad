"""Models of Phaseo Gateway API: ProviderCredentialReorderResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class ProviderCredentialReorderResponse(BaseModel):
    """The `ProviderCredentialReorderResponse` schema."""

    reordered: bool
