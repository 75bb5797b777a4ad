"""Models of Phaseo Gateway API: ProviderCredentialRoutingMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = ["ProviderCredentialRoutingMode"]


class ProviderCredentialRoutingMode(OpenEnum):
    """The `ProviderCredentialRoutingMode` schema."""

    PRIORITY = "priority"
    FALLBACK = "fallback"
