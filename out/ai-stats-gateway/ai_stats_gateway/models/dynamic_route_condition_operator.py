"""Models of Phaseo Gateway API: DynamicRouteConditionOperator."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DynamicRouteConditionOperator",
]


class DynamicRouteConditionOperator(OpenEnum):
    """The `operator` field of `DynamicRouteCondition`."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    CONTAINS = "contains"
    STARTS_WITH = "starts_with"
    EXISTS = "exists"
