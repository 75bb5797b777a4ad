"""Models of Phaseo Gateway API: GuardrailPolicyInput."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel
from .guardrail_budget_input import GuardrailBudgetInput
from .guardrail_policy_input_model_restriction_mode import GuardrailPolicyInputModelRestrictionMode
from .guardrail_policy_input_prompt_injection_action import (
    GuardrailPolicyInputPromptInjectionAction,
)
from .guardrail_policy_input_provider_restriction_mode import (
    GuardrailPolicyInputProviderRestrictionMode,
)
from .guardrail_policy_input_sensitive_info_default_action import (
    GuardrailPolicyInputSensitiveInfoDefaultAction,
)

__all__ = [
    "GuardrailPolicyInput",
]


class GuardrailPolicyInput(BaseModel):
    """The `GuardrailPolicyInput` schema."""

    name: str | None = None
    description: str | None = None
    enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = Field(
        default=None, alias="privacyEnablePaidMayTrain"
    )
    privacy_enable_free_may_train: bool | None = Field(
        default=None, alias="privacyEnableFreeMayTrain"
    )
    privacy_enable_free_may_publish_prompts: bool | None = Field(
        default=None, alias="privacyEnableFreeMayPublishPrompts"
    )
    privacy_enable_input_output_logging: bool | None = Field(
        default=None, alias="privacyEnableInputOutputLogging"
    )
    privacy_zdr_only: bool | None = Field(default=None, alias="privacyZdrOnly")
    provider_restriction_mode: GuardrailPolicyInputProviderRestrictionMode | None = Field(
        default=None, alias="providerRestrictionMode"
    )
    provider_restriction_provider_ids: list[str] | None = Field(
        default=None, alias="providerRestrictionProviderIds"
    )
    provider_restriction_enforce_allowed: bool | None = Field(
        default=None, alias="providerRestrictionEnforceAllowed"
    )
    field_model_restriction_mode: GuardrailPolicyInputModelRestrictionMode | None = Field(
        default=None, alias="modelRestrictionMode"
    )
    allowed_api_model_ids: list[str] | None = Field(default=None, alias="allowedApiModelIds")
    prompt_injection_enabled: bool | None = Field(default=None, alias="promptInjectionEnabled")
    prompt_injection_action: GuardrailPolicyInputPromptInjectionAction | None = Field(
        default=None, alias="promptInjectionAction"
    )
    sensitive_info_enabled: bool | None = Field(default=None, alias="sensitiveInfoEnabled")
    sensitive_info_default_action: GuardrailPolicyInputSensitiveInfoDefaultAction | None = Field(
        default=None, alias="sensitiveInfoDefaultAction"
    )
    sensitive_info_rules: list[dict[str, Any]] | None = Field(
        default=None, alias="sensitiveInfoRules"
    )
    budgets: GuardrailBudgetInput | None = None
