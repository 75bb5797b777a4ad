"""Models of Phaseo Gateway API: ModelEndpointCapabilityEffective."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "ModelEndpointCapabilityEffective",
]


class ModelEndpointCapabilityEffective(BaseModel):
    """The `effective` field of `ModelEndpointCapability`."""

    from_: str | None = Field(alias="from")
    to: str | None
