"""Models of Phaseo Gateway API: DynamicRouteVersion."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .dynamic_route_version_status import DynamicRouteVersionStatus

__all__ = [
    "DynamicRouteVersion",
]


class DynamicRouteVersion(BaseModel):
    """The `DynamicRouteVersion` schema."""

    version: int
    status: DynamicRouteVersionStatus
    created_by: str | None = None
    created_at: DateTime | None = None
