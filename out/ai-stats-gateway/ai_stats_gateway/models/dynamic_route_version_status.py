"""Models of Phaseo Gateway API: DynamicRouteVersionStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DynamicRouteVersionStatus",
]


class DynamicRouteVersionStatus(OpenEnum):
    """The `status` field of `DynamicRouteVersion`."""

    DRAFT = "draft"
    DEPLOYED = "deployed"
    SUPERSEDED = "superseded"
