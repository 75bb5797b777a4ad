"""Models of Phaseo Gateway API: Guardrail and 4 more."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, DateTime, OpenEnum


class GuardrailProviderRestrictionMode(OpenEnum):
    """The `provider_restriction_mode` field of `Guardrail`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailModelRestrictionMode(OpenEnum):
    """The `model_restriction_mode` field of `Guardrail`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailPromptInjectionAction(OpenEnum):
    """The `prompt_injection_action` field of `Guardrail`."""

    FLAG = "flag"
    BLOCK = "block"


class GuardrailSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitive_info_default_action` field of `Guardrail`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"


class Guardrail(BaseModel):
    """The `Guardrail` schema."""

    id: str
    workspace_id: str
    name: str
    description: str | None = None
    enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = None
    privacy_enable_free_may_train: bool | None = None
    privacy_enable_free_may_publish_prompts: bool | None = None
    privacy_enable_input_output_logging: bool | None = None
    privacy_zdr_only: bool | None = None
    provider_restriction_mode: GuardrailProviderRestrictionMode | None = None
    provider_restriction_provider_ids: list[str] | None = None
    provider_restriction_enforce_allowed: bool | None = None
    field_model_restriction_mode: GuardrailModelRestrictionMode | None = Field(
        default=None, alias="model_restriction_mode"
    )
    allowed_api_model_ids: list[str] | None = None
    prompt_injection_enabled: bool | None = None
    prompt_injection_action: GuardrailPromptInjectionAction | None = None
    sensitive_info_enabled: bool | None = None
    sensitive_info_default_action: GuardrailSensitiveInfoDefaultAction | None = None
    sensitive_info_rules: list[dict[str, Any]] | None = None
    daily_limit_requests: int | None = None
    weekly_limit_requests: int | None = None
    monthly_limit_requests: int | None = None
    daily_limit_cost_nanos: int | None = None
    weekly_limit_cost_nanos: int | None = None
    monthly_limit_cost_nanos: int | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
