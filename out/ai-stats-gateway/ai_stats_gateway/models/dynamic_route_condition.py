"""Models of Phaseo Gateway API: DynamicRouteCondition."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .dynamic_route_condition_field import DynamicRouteConditionField
from .dynamic_route_condition_operator import DynamicRouteConditionOperator

__all__ = [
    "DynamicRouteCondition",
]


class DynamicRouteCondition(BaseModel):
    """The `DynamicRouteCondition` schema."""

    field: DynamicRouteConditionField
    operator: DynamicRouteConditionOperator
    value: str | None = None
    metadata_key: str | None = Field(default=None, alias="metadataKey")
