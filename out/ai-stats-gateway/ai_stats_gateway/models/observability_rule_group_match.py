"""Models of Phaseo Gateway API: ObservabilityRuleGroupMatch."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ObservabilityRuleGroupMatch",
]


class ObservabilityRuleGroupMatch(OpenEnum):
    """The `match` field of `ObservabilityRuleGroup`."""

    AND = "and"
    OR = "or"
