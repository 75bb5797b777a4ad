"""Models of Phaseo Gateway API: GuardrailUpdateRequest."""

from __future__ import annotations

from typing import TypeAlias

from .guardrail_policy_input import GuardrailPolicyInput

GuardrailUpdateRequest: TypeAlias = GuardrailPolicyInput
