"""Models of Phaseo Gateway API: DynamicRouteRule."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route_action import DynamicRouteAction
from .dynamic_route_condition import DynamicRouteCondition


class DynamicRouteRule(BaseModel):
    """The `DynamicRouteRule` schema."""

    id: str
    name: str
    enabled: bool
    condition: DynamicRouteCondition
    action: DynamicRouteAction
