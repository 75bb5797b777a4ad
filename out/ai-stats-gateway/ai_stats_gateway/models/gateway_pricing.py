"""Models of Phaseo Gateway API: GatewayPricing."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_pricing_meter import GatewayPricingMeter
from .gateway_pricing_pricing_plan import GatewayPricingPricingPlan

__all__ = [
    "GatewayPricing",
]


class GatewayPricing(BaseModel):
    """The `GatewayPricing` schema."""

    pricing_plan: GatewayPricingPricingPlan
    meters: dict[str, GatewayPricingMeter | None]
