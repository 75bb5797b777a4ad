"""Models of Phaseo Gateway API: DynamicRouteUpdateRequestStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DynamicRouteUpdateRequestStatus",
]


class DynamicRouteUpdateRequestStatus(OpenEnum):
    """The `status` field of `DynamicRouteUpdateRequest`."""

    ACTIVE = "active"
    PAUSED = "paused"
