"""Models of Phaseo Gateway API: DynamicRouteDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route_delete_response_data import DynamicRouteDeleteResponseData

__all__ = [
    "DynamicRouteDeleteResponse",
]


class DynamicRouteDeleteResponse(BaseModel):
    """The `DynamicRouteDeleteResponse` schema."""

    data: DynamicRouteDeleteResponseData
