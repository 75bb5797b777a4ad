"""Models of Phaseo Gateway API: ObservabilityRuleField."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ObservabilityRuleField",
]


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
