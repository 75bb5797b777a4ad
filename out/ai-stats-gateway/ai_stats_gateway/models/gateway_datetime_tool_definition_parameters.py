"""Models of Phaseo Gateway API: GatewayDatetimeToolDefinitionParameters."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "GatewayDatetimeToolDefinitionParameters",
]


class GatewayDatetimeToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayDatetimeToolDefinition`.

    Attributes:
        timezone: IANA timezone name (for example Europe/London).
    """

    timezone: str | None = None
