"""Models of Phaseo Gateway API: DynamicRouteKeysResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route_keys_response_data import DynamicRouteKeysResponseData

__all__ = [
    "DynamicRouteKeysResponse",
]


class DynamicRouteKeysResponse(BaseModel):
    """The `DynamicRouteKeysResponse` schema."""

    data: DynamicRouteKeysResponseData
