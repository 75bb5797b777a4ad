"""Models of Phaseo Gateway API: ObservabilityDestination, ObservabilityDestinationGroupJoin."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum
from .observability_destination_type import ObservabilityDestinationType
from .observability_key_filter import ObservabilityKeyFilter
from .observability_rule_group import ObservabilityRuleGroup


class ObservabilityDestinationGroupJoin(OpenEnum):
    """The `group_join` field of `ObservabilityDestination`."""

    AND = "and"
    OR = "or"


class ObservabilityDestination(BaseModel):
    """The `ObservabilityDestination` schema.

    Attributes:
        configured: Whether encrypted destination configuration is present.
    """

    id: str
    workspace_id: str
    type: ObservabilityDestinationType
    name: str
    enabled: bool
    privacy_mode: bool
    sampling_rate: int | float
    group_join: ObservabilityDestinationGroupJoin
    include_generation_metadata: bool | None = None
    include_cost_metadata: bool | None = None
    include_identity_metadata: bool | None = None
    include_request_context: bool | None = None
    key_filters: list[ObservabilityKeyFilter]
    rule_groups: list[ObservabilityRuleGroup]
    configured: bool
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
