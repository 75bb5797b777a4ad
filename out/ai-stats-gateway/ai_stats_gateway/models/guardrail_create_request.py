"""Models of Phaseo Gateway API: GuardrailCreateRequest."""

from __future__ import annotations

from .guardrail_policy_input import GuardrailPolicyInput


class GuardrailCreateRequest(GuardrailPolicyInput):
    """The `GuardrailCreateRequest` schema."""
