"""Models of Phaseo Gateway API: ApiKeyCreateRequest, ApiKeyCreateRequestLimitReset."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum
from .api_key_limit_input_windows import ApiKeyLimitInputWindows
from .api_key_scope_value import ApiKeyScopeValue


class ApiKeyCreateRequestLimitReset(OpenEnum):
    """Period used for the spend limit window."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class ApiKeyCreateRequest(BaseModel):
    """The `ApiKeyCreateRequest` schema.

    Attributes:
        workspace_id: Optional workspace override for internal callers.
        limit: Optional spend limit in USD for this key.
        limit_reset: Period used for the spend limit window.
        include_byok_in_limit: Accepted for compatibility. Current Phaseo behavior always excludes BYOK from this limit field.
        disabled: Server default: False.
        soft_blocked: Server default: False.
    """

    name: str
    workspace_id: str | None = None
    scopes: ApiKeyScopeValue | None = None
    limit: int | float | None = None
    limit_reset: ApiKeyCreateRequestLimitReset | None = None
    include_byok_in_limit: bool | None = None
    expires_at: DateTime | None = None
    disabled: bool | None = None
    soft_blocked: bool | None = None
    limits: ApiKeyLimitInputWindows | None = None
