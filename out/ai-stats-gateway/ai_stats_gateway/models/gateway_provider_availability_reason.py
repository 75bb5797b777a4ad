"""Models of Phaseo Gateway API: GatewayProviderAvailabilityReason."""

from __future__ import annotations

from .._base_model import OpenEnum


class GatewayProviderAvailabilityReason(OpenEnum):
    """The `GatewayProviderAvailabilityReason` schema."""

    ACTIVE = "active"
    PREVIEW_ONLY = "preview_only"
    GATED = "gated"
    ACCESS_LIMITED = "access_limited"
    REGION_LIMITED = "region_limited"
    PROJECT_LIMITED = "project_limited"
    PAUSED = "paused"
    SOFT_BLOCKED = "soft_blocked"
    DERANKED_LVL1 = "deranked_lvl1"
    DERANKED_LVL2 = "deranked_lvl2"
    DERANKED_LVL3 = "deranked_lvl3"
    INTERNAL_TESTING = "internal_testing"
    SCHEDULED = "scheduled"
    COMING_SOON = "coming_soon"
    PROVIDER_DISABLED = "provider_disabled"
    MODEL_DISABLED = "model_disabled"
    CAPABILITY_DISABLED = "capability_disabled"
    PROVIDER_NOT_READY = "provider_not_ready"
    PROVIDER_INACTIVE = "provider_inactive"
    INACTIVE = "inactive"
    RETIRED = "retired"
