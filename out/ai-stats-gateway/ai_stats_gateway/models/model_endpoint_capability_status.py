"""Models of Phaseo Gateway API: ModelEndpointCapabilityStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ModelEndpointCapabilityStatus",
]


class ModelEndpointCapabilityStatus(OpenEnum):
    """The `status` field of `ModelEndpointCapability`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"
