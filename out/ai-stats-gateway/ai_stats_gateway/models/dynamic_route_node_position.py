"""Models of Phaseo Gateway API: DynamicRouteNodePosition."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "DynamicRouteNodePosition",
]


class DynamicRouteNodePosition(BaseModel):
    """The `position` field of `DynamicRouteNode`."""

    x: int | float
    y: int | float
