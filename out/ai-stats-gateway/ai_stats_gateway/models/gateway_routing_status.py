"""Models of Phaseo Gateway API: GatewayRoutingStatus."""

from __future__ import annotations

from .._base_model import OpenEnum


class GatewayRoutingStatus(OpenEnum):
    """The `GatewayRoutingStatus` schema."""

    ACTIVE = "active"
    DERANKED_LVL1 = "deranked_lvl1"
    DERANKED_LVL2 = "deranked_lvl2"
    DERANKED_LVL3 = "deranked_lvl3"
    DISABLED = "disabled"
