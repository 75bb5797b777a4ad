"""Models of Phaseo Gateway API: DynamicRouteKeysResponse, DynamicRouteKeysResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class DynamicRouteKeysResponseData(BaseModel):
    """The `data` field of `DynamicRouteKeysResponse`."""

    id: str
    key_ids: list[str]


class DynamicRouteKeysResponse(BaseModel):
    """The `DynamicRouteKeysResponse` schema."""

    data: DynamicRouteKeysResponseData
