"""Models of Phaseo Gateway API: GatewayPricingPricingPlan."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayPricingPricingPlan",
]


class GatewayPricingPricingPlan(OpenEnum):
    """The `pricing_plan` field of `GatewayPricing`."""

    STANDARD = "standard"
