"""Models of Phaseo Gateway API: GuardrailDetailResponse and 5 more."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, DateTime, OpenEnum


class GuardrailDetailResponseDataProviderRestrictionMode(OpenEnum):
    """The `provider_restriction_mode` field of `GuardrailDetailResponseData`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailDetailResponseDataModelRestrictionMode(OpenEnum):
    """The `model_restriction_mode` field of `GuardrailDetailResponseData`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"


class GuardrailDetailResponseDataPromptInjectionAction(OpenEnum):
    """The `prompt_injection_action` field of `GuardrailDetailResponseData`."""

    FLAG = "flag"
    BLOCK = "block"


class GuardrailDetailResponseDataSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitive_info_default_action` field of `GuardrailDetailResponseData`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"


class GuardrailDetailResponseData(BaseModel):
    """The `data` field of `GuardrailDetailResponse`."""

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
    provider_restriction_mode: GuardrailDetailResponseDataProviderRestrictionMode | None = None
    provider_restriction_provider_ids: list[str] | None = None
    provider_restriction_enforce_allowed: bool | None = None
    field_model_restriction_mode: GuardrailDetailResponseDataModelRestrictionMode | None = Field(
        default=None, alias="model_restriction_mode"
    )
    allowed_api_model_ids: list[str] | None = None
    prompt_injection_enabled: bool | None = None
    prompt_injection_action: GuardrailDetailResponseDataPromptInjectionAction | None = None
    sensitive_info_enabled: bool | None = None
    sensitive_info_default_action: GuardrailDetailResponseDataSensitiveInfoDefaultAction | None = (
        None
    )
    sensitive_info_rules: list[dict[str, Any]] | None = None
    daily_limit_requests: int | None = None
    weekly_limit_requests: int | None = None
    monthly_limit_requests: int | None = None
    daily_limit_cost_nanos: int | None = None
    weekly_limit_cost_nanos: int | None = None
    monthly_limit_cost_nanos: int | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
    key_ids: list[str]


class GuardrailDetailResponse(BaseModel):
    """The `GuardrailDetailResponse` schema."""

    data: GuardrailDetailResponseData
