"""Models of Phaseo Gateway API: ObservabilityRuleCondition."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ObservabilityRuleCondition",
]


class ObservabilityRuleCondition(OpenEnum):
    """The `condition` field of `ObservabilityRule`."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    CONTAINS = "contains"
    NOT_CONTAINS = "not_contains"
    STARTS_WITH = "starts_with"
    ENDS_WITH = "ends_with"
    EXISTS = "exists"
    NOT_EXISTS = "not_exists"
    MATCHES_REGEX = "matches_regex"
