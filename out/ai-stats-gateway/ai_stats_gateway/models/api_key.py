"""Models of Phaseo Gateway API: ApiKey, ApiKeyLimitReset."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum
from .api_key_limit_windows import ApiKeyLimitWindows
from .api_key_scope_value import ApiKeyScopeValue
from .api_key_usage_windows import ApiKeyUsageWindows


class ApiKeyLimitReset(OpenEnum):
    """The `limit_reset` field of `ApiKey`."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class ApiKey(BaseModel):
    """The `ApiKey` schema.

    Attributes:
        include_byok_in_limit: Whether provider credentials count toward the key spend limit. Currently always false.
        limit: Active spend limit in USD.
    """

    id: str
    hash: str
    workspace_id: str
    name: str | None
    label: str | None
    prefix: str | None
    status: str | None
    disabled: bool
    soft_blocked: bool
    scopes: ApiKeyScopeValue
    creator_user_id: str | None
    created_by: str | None
    created_at: DateTime | None
    updated_at: DateTime | None
    last_used_at: DateTime | None
    expires_at: DateTime | None
    include_byok_in_limit: bool
    limit: int | float | None
    limit_reset: ApiKeyLimitReset | None
    limit_remaining: int | float | None
    usage: int | float
    usage_daily: int | float
    usage_weekly: int | float
    usage_monthly: int | float
    limits: ApiKeyLimitWindows
    usage_details: ApiKeyUsageWindows
