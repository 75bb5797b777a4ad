"""Models of Phaseo Gateway API: GatewayModelsResponseAvailabilityMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayModelsResponseAvailabilityMode",
]


class GatewayModelsResponseAvailabilityMode(OpenEnum):
    """The `availability_mode` field of `GatewayModelsResponse`."""

    ACTIVE = "active"
    ALL = "all"
