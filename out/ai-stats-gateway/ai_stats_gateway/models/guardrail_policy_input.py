"""Models of Phaseo Gateway API: GuardrailPolicyInput and 4 more."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .guardrail_budget_input import GuardrailBudgetInput


class GuardrailPolicyInputProviderRestrictionMode(OpenEnum):
    """The `providerRestrictionMode` field of `GuardrailPolicyInput`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailPolicyInputModelRestrictionMode(OpenEnum):
    """The `modelRestrictionMode` field of `GuardrailPolicyInput`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailPolicyInputPromptInjectionAction(OpenEnum):
    """The `promptInjectionAction` field of `GuardrailPolicyInput`."""

    FLAG = "flag"
    BLOCK = "block"


class GuardrailPolicyInputSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitiveInfoDefaultAction` field of `GuardrailPolicyInput`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"


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
