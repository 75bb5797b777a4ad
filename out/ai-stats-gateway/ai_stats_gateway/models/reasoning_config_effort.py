"""Models of Phaseo Gateway API: ReasoningConfigEffort."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ReasoningConfigEffort",
]


class ReasoningConfigEffort(OpenEnum):
    """The `effort` field of `ReasoningConfig`."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"
    MAX = "max"
