"""Models of Phaseo Gateway API: DynamicRouteDeployResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route_deploy_response_data import DynamicRouteDeployResponseData

__all__ = [
    "DynamicRouteDeployResponse",
]


class DynamicRouteDeployResponse(BaseModel):
    """The `DynamicRouteDeployResponse` schema."""

    data: DynamicRouteDeployResponseData
