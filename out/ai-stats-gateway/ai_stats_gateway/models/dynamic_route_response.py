"""Models of Phaseo Gateway API: DynamicRouteResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route import DynamicRoute


class DynamicRouteResponse(BaseModel):
    """The `DynamicRouteResponse` schema."""

    data: DynamicRoute
