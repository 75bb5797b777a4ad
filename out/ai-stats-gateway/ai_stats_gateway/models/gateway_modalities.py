"""Models of Phaseo Gateway API: GatewayModalities."""

from __future__ import annotations

from .._base_model import BaseModel


class GatewayModalities(BaseModel):
    """The `GatewayModalities` schema."""

    input: list[str]
    output: list[str]
