"""Models of Phaseo Gateway API: ObservabilityRuleGroup, ObservabilityRuleGroupMatch."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .observability_rule import ObservabilityRule


class ObservabilityRuleGroupMatch(OpenEnum):
    """The `match` field of `ObservabilityRuleGroup`."""

    AND = "and"
    OR = "or"


class ObservabilityRuleGroup(BaseModel):
    """The `ObservabilityRuleGroup` schema."""

    match_: ObservabilityRuleGroupMatch = Field(alias="match")
    rules: list[ObservabilityRule]
