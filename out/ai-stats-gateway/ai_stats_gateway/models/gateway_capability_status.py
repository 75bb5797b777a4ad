"""Models of Phaseo Gateway API: GatewayCapabilityStatus."""

from __future__ import annotations

from .._base_model import OpenEnum


class GatewayCapabilityStatus(OpenEnum):
    """The `GatewayCapabilityStatus` schema."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    DERANKED_LVL1 = "deranked_lvl1"
    DERANKED_LVL2 = "deranked_lvl2"
    DERANKED_LVL3 = "deranked_lvl3"
    DISABLED = "disabled"
    INTERNAL_TESTING = "internal_testing"
