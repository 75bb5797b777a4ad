"""Models of Phaseo Gateway API: ObservabilityRule."""

from __future__ import annotations

from .._base_model import BaseModel
from .observability_rule_condition import ObservabilityRuleCondition
from .observability_rule_field import ObservabilityRuleField

__all__ = [
    "ObservabilityRule",
]


class ObservabilityRule(BaseModel):
    """The `ObservabilityRule` schema."""

    field: ObservabilityRuleField
    condition: ObservabilityRuleCondition
    value: str | None = None
