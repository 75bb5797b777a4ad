"""Models of Phaseo Gateway API: GatewayObservabilityEventCategory."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayObservabilityEventCategory",
]


class GatewayObservabilityEventCategory(OpenEnum):
    """The `category` field of `GatewayObservabilityEvent`."""

    FEEDBACK = "feedback"
    BEHAVIOR = "behavior"
    OUTCOME = "outcome"
    APP = "app"
    TEST = "test"
    CUSTOM = "custom"
