"""Models of Phaseo Gateway API: CalculatePricingResponse200."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel


class CalculatePricingResponse200(BaseModel):
    """The `response_200` schema of the `calculate_pricing` operation."""

    ok: bool | None = None
    pricing: dict[str, Any] | None = None
