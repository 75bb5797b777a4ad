"""Models of Phaseo Gateway API: DynamicRouteConditionField."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DynamicRouteConditionField",
]


class DynamicRouteConditionField(OpenEnum):
    """The `field` field of `DynamicRouteCondition`."""

    ALWAYS = "always"
    ENDPOINT = "endpoint"
    MODEL = "model"
    SESSION_ID = "session_id"
    METADATA = "metadata"
