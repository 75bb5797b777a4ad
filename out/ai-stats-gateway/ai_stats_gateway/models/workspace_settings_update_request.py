"""Models of Phaseo Gateway API: WorkspaceSettingsUpdateRequest, WorkspaceSettingsUpdateRequestResponseHealingMode."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .workspace_provider_restriction_mode import WorkspaceProviderRestrictionMode
from .workspace_routing_mode import WorkspaceRoutingMode


class WorkspaceSettingsUpdateRequestResponseHealingMode(OpenEnum):
    """The `response_healing_mode` field of `WorkspaceSettingsUpdateRequest`."""

    SAFE = "safe"
    STRICT = "strict"


class WorkspaceSettingsUpdateRequest(BaseModel):
    """The `WorkspaceSettingsUpdateRequest` schema."""

    routing_mode: WorkspaceRoutingMode | None = None
    beta_channel_enabled: bool | None = None
    alpha_channel_enabled: bool | None = None
    response_healing_enabled: bool | None = None
    response_healing_locked: bool | None = None
    response_healing_mode: WorkspaceSettingsUpdateRequestResponseHealingMode | None = None
    byok_fallback_enabled: bool | None = None
    privacy_enable_paid_may_train: bool | None = None
    privacy_enable_free_may_train: bool | None = None
    privacy_enable_free_may_publish_prompts: bool | None = None
    privacy_enable_input_output_logging: bool | None = None
    privacy_zdr_only: bool | None = None
    io_logging_enabled: bool | None = None
    io_logging_include_provider_payloads: bool | None = None
    provider_restriction_mode: WorkspaceProviderRestrictionMode | None = None
    provider_restriction_provider_ids: list[str] | None = None
    provider_restriction_enforce_allowed: bool | None = None
