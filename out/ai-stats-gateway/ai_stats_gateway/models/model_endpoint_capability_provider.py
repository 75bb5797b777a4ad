"""Models of Phaseo Gateway API: ModelEndpointCapabilityProvider."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ModelEndpointCapabilityProvider",
]


class ModelEndpointCapabilityProvider(BaseModel):
    """The `provider` field of `ModelEndpointCapability`."""

    id: str
    name: str | None
