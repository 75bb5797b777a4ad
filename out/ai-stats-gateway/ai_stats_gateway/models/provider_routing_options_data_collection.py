"""Models of Phaseo Gateway API: ProviderRoutingOptionsDataCollection."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ProviderRoutingOptionsDataCollection",
]


class ProviderRoutingOptionsDataCollection(OpenEnum):
    """The `data_collection` field of `ProviderRoutingOptions`."""

    ALLOW = "allow"
    DENY = "deny"
