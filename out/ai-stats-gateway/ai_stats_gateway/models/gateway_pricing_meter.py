"""Models of Phaseo Gateway API: GatewayPricingMeter."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_pricing_meter_currency import GatewayPricingMeterCurrency

__all__ = [
    "GatewayPricingMeter",
]


class GatewayPricingMeter(BaseModel):
    """The `GatewayPricingMeter` schema."""

    provider_id: str
    unit: str
    unit_size: int | float
    price_per_unit: str
    currency: GatewayPricingMeterCurrency
