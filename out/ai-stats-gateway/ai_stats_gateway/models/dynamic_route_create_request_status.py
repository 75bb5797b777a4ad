"""Models of Phaseo Gateway API: DynamicRouteCreateRequestStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DynamicRouteCreateRequestStatus",
]


class DynamicRouteCreateRequestStatus(OpenEnum):
    """The `status` field of `DynamicRouteCreateRequest`."""

    ACTIVE = "active"
    PAUSED = "paused"
