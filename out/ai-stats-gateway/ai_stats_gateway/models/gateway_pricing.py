"""Models of Phaseo Gateway API: GatewayPricing, GatewayPricingPricingPlan."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .gateway_pricing_meter import GatewayPricingMeter


class GatewayPricingPricingPlan(OpenEnum):
    """The `pricing_plan` field of `GatewayPricing`."""

    STANDARD = "standard"


class GatewayPricing(BaseModel):
    """The `GatewayPricing` schema."""

    pricing_plan: GatewayPricingPricingPlan
    meters: dict[str, GatewayPricingMeter | None]
