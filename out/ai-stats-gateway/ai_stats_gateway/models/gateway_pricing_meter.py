"""Models of Phaseo Gateway API: GatewayPricingMeter, GatewayPricingMeterCurrency."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class GatewayPricingMeterCurrency(OpenEnum):
    """The `currency` field of `GatewayPricingMeter`."""

    USD = "USD"


class GatewayPricingMeter(BaseModel):
    """The `GatewayPricingMeter` schema."""

    provider_id: str
    unit: str
    unit_size: int | float
    price_per_unit: str
    currency: GatewayPricingMeterCurrency
