"""Models of Phaseo Gateway API: ObservabilityDestinationPolicyInput, ObservabilityDestinationPolicyInputGroupJoin."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .observability_key_filter import ObservabilityKeyFilter
from .observability_rule_group import ObservabilityRuleGroup


class ObservabilityDestinationPolicyInputGroupJoin(OpenEnum):
    """The `group_join` field of `ObservabilityDestinationPolicyInput`."""

    AND = "and"
    OR = "or"


class ObservabilityDestinationPolicyInput(BaseModel):
    """The `ObservabilityDestinationPolicyInput` schema."""

    name: str | None = None
    enabled: bool | None = None
    privacy_mode: bool | None = None
    sampling_rate: int | float | None = None
    group_join: ObservabilityDestinationPolicyInputGroupJoin | None = None
    include_generation_metadata: bool | None = None
    include_cost_metadata: bool | None = None
    include_identity_metadata: bool | None = None
    include_request_context: bool | None = None
    key_filters: list[ObservabilityKeyFilter] | None = None
    rule_groups: list[ObservabilityRuleGroup] | None = None
