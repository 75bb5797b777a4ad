"""Models of Phaseo Gateway API: GatewayPricingMeterCurrency."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayPricingMeterCurrency",
]


class GatewayPricingMeterCurrency(OpenEnum):
    """The `currency` field of `GatewayPricingMeter`."""

    USD = "USD"
