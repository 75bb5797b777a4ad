"""Models of Phaseo Gateway API: DynamicRouteDeleteResponse, DynamicRouteDeleteResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class DynamicRouteDeleteResponseData(BaseModel):
    """The `data` field of `DynamicRouteDeleteResponse`."""

    id: str
    deleted: bool


class DynamicRouteDeleteResponse(BaseModel):
    """The `DynamicRouteDeleteResponse` schema."""

    data: DynamicRouteDeleteResponseData
