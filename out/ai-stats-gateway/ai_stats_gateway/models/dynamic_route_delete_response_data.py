"""Models of Phaseo Gateway API: DynamicRouteDeleteResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "DynamicRouteDeleteResponseData",
]


class DynamicRouteDeleteResponseData(BaseModel):
    """The `data` field of `DynamicRouteDeleteResponse`."""

    id: str
    deleted: bool
