"""Models of Phaseo Gateway API: DynamicRouteDeployResponse, DynamicRouteDeployResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class DynamicRouteDeployResponseData(BaseModel):
    """The `data` field of `DynamicRouteDeployResponse`."""

    id: str
    deployed_version: int


class DynamicRouteDeployResponse(BaseModel):
    """The `DynamicRouteDeployResponse` schema."""

    data: DynamicRouteDeployResponseData
