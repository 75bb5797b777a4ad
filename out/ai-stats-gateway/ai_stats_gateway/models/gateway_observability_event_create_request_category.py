"""Models of Phaseo Gateway API: GatewayObservabilityEventCreateRequestCategory."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayObservabilityEventCreateRequestCategory",
]


class GatewayObservabilityEventCreateRequestCategory(OpenEnum):
    """The `category` field of `GatewayObservabilityEventCreateRequest`."""

    FEEDBACK = "feedback"
    BEHAVIOR = "behavior"
    OUTCOME = "outcome"
    APP = "app"
    TEST = "test"
    CUSTOM = "custom"
