"""Models of Phaseo Gateway API: ReasoningConfigSummary."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ReasoningConfigSummary",
]


class ReasoningConfigSummary(OpenEnum):
    """The `summary` field of `ReasoningConfig`."""

    AUTO = "auto"
    CONCISE = "concise"
    DETAILED = "detailed"
