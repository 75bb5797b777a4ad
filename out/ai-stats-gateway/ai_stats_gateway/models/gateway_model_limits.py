"""Models of Phaseo Gateway API: GatewayModelLimits."""

from __future__ import annotations

from .._base_model import BaseModel


class GatewayModelLimits(BaseModel):
    """The `GatewayModelLimits` schema."""

    input_tokens: int | None
    output_tokens: int | None
