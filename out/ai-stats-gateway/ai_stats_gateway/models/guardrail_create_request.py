"""Models of Phaseo Gateway API: GuardrailCreateRequest."""

from __future__ import annotations

from .guardrail_policy_input import GuardrailPolicyInput

__all__ = ["GuardrailCreateRequest"]


class GuardrailCreateRequest(GuardrailPolicyInput):
    """The `GuardrailCreateRequest` schema."""
