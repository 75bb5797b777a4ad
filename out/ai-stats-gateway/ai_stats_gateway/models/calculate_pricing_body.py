"""Models of Phaseo Gateway API: CalculatePricingBody."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel


class CalculatePricingBody(BaseModel):
    """The `body` schema of the `calculate_pricing` operation."""

    provider: str
    model: str
    endpoint: str
    usage: dict[str, Any]
