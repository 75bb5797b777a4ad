"""Models of Phaseo Gateway API: DynamicRouteNode."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .dynamic_route_node_position import DynamicRouteNodePosition
from .dynamic_route_node_type import DynamicRouteNodeType

__all__ = [
    "DynamicRouteNode",
]


class DynamicRouteNode(BaseModel):
    """The `DynamicRouteNode` schema."""

    id: str
    type: DynamicRouteNodeType
    position: DynamicRouteNodePosition | None = None
    data: dict[str, Any]
