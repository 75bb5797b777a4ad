"""Models of Phaseo Gateway API: ObservabilityRule, ObservabilityRuleCondition, ObservabilityRuleField."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ObservabilityRuleField(OpenEnum):
    """The `field` field of `ObservabilityRule`."""

    MODEL = "model"
    PROVIDER = "provider"
    SESSION_ID = "session_id"
    USER_ID = "user_id"
    API_KEY_NAME = "api_key_name"
    FINISH_REASON = "finish_reason"
    INPUT = "input"
    OUTPUT = "output"
    TOKEN_COST = "token_cost"
    TOTAL_COST = "total_cost"
    TOTAL_TOKENS = "total_tokens"
    PROMPT_TOKENS = "prompt_tokens"
    COMPLETION_TOKENS = "completion_tokens"


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


class ObservabilityRule(BaseModel):
    """The `ObservabilityRule` schema."""

    field: ObservabilityRuleField
    condition: ObservabilityRuleCondition
    value: str | None = None
