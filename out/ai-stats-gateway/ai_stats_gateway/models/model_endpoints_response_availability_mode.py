"""Models of Phaseo Gateway API: ModelEndpointsResponseAvailabilityMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ModelEndpointsResponseAvailabilityMode",
]


class ModelEndpointsResponseAvailabilityMode(OpenEnum):
    """The `availability_mode` field of `ModelEndpointsResponse`."""

    ACTIVE = "active"
    ALL = "all"
