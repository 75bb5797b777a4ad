"""Models of Phaseo Gateway API: GatewayModelOfferEffective."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "GatewayModelOfferEffective",
]


class GatewayModelOfferEffective(BaseModel):
    """The `effective` field of `GatewayModelOffer`."""

    from_: str | None = Field(alias="from")
    to: str | None
