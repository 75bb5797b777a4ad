"""Models of Phaseo Gateway API: DynamicRouteStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DynamicRouteStatus",
]


class DynamicRouteStatus(OpenEnum):
    """The `status` field of `DynamicRoute`."""

    ACTIVE = "active"
    PAUSED = "paused"
