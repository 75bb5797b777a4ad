"""Models of Phaseo Gateway API: DynamicRouteDeployResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "DynamicRouteDeployResponseData",
]


class DynamicRouteDeployResponseData(BaseModel):
    """The `data` field of `DynamicRouteDeployResponse`."""

    id: str
    deployed_version: int
