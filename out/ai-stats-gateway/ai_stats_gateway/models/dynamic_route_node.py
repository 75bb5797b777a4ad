"""Models of Phaseo Gateway API: DynamicRouteNode, DynamicRouteNodePosition, DynamicRouteNodeType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class DynamicRouteNodeType(OpenEnum):
    """The `type` field of `DynamicRouteNode`."""

    START = "start"
    CONDITION = "condition"
    PERCENTAGE = "percentage"
    MODEL = "model"
    RATE_LIMIT = "rate_limit"
    BUDGET_LIMIT = "budget_limit"
    END = "end"


class DynamicRouteNodePosition(BaseModel):
    """The `position` field of `DynamicRouteNode`."""

    x: int | float
    y: int | float


class DynamicRouteNode(BaseModel):
    """The `DynamicRouteNode` schema."""

    id: str
    type: DynamicRouteNodeType
    position: DynamicRouteNodePosition | None = None
    data: dict[str, Any]
