"""Models of Phaseo Gateway API: ProviderCredentialDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class ProviderCredentialDeleteResponse(BaseModel):
    """The `ProviderCredentialDeleteResponse` schema."""

    deleted: bool
