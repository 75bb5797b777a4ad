"""Models of Phaseo Gateway API: DynamicRouteCondition, DynamicRouteConditionField, DynamicRouteConditionOperator."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, OpenEnum


class DynamicRouteConditionField(OpenEnum):
    """The `field` field of `DynamicRouteCondition`."""

    ALWAYS = "always"
    ENDPOINT = "endpoint"
    MODEL = "model"
    SESSION_ID = "session_id"
    METADATA = "metadata"


class DynamicRouteConditionOperator(OpenEnum):
    """The `operator` field of `DynamicRouteCondition`."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    CONTAINS = "contains"
    STARTS_WITH = "starts_with"
    EXISTS = "exists"


class DynamicRouteCondition(BaseModel):
    """The `DynamicRouteCondition` schema."""

    field: DynamicRouteConditionField
    operator: DynamicRouteConditionOperator
    value: str | None = None
    metadata_key: str | None = Field(default=None, alias="metadataKey")
