"""Models of Phaseo Gateway API: ProviderCredentialRoutingMode."""

from __future__ import annotations

from .._base_model import OpenEnum


class ProviderCredentialRoutingMode(OpenEnum):
    """The `ProviderCredentialRoutingMode` schema."""

    PRIORITY = "priority"
    FALLBACK = "fallback"
