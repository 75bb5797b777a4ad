"""Models of Phaseo Gateway API: DynamicRouteListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route import DynamicRoute


class DynamicRouteListResponse(BaseModel):
    """The `DynamicRouteListResponse` schema."""

    data: list[DynamicRoute]
    total_count: int
