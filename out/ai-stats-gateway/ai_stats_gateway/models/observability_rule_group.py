"""Models of Phaseo Gateway API: ObservabilityRuleGroup."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .observability_rule import ObservabilityRule
from .observability_rule_group_match import ObservabilityRuleGroupMatch

__all__ = [
    "ObservabilityRuleGroup",
]


class ObservabilityRuleGroup(BaseModel):
    """The `ObservabilityRuleGroup` schema."""

    match_: ObservabilityRuleGroupMatch = Field(alias="match")
    rules: list[ObservabilityRule]
