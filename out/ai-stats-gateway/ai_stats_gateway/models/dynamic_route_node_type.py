"""Models of Phaseo Gateway API: DynamicRouteNodeType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DynamicRouteNodeType",
]


class DynamicRouteNodeType(OpenEnum):
    """The `type` field of `DynamicRouteNode`."""

    START = "start"
    CONDITION = "condition"
    PERCENTAGE = "percentage"
    MODEL = "model"
    RATE_LIMIT = "rate_limit"
    BUDGET_LIMIT = "budget_limit"
    END = "end"
