"""Models of Phaseo Gateway API: ManagementKeyRuntimeCreated, ManagementKeyRuntimeCreatedStatus."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum


class ManagementKeyRuntimeCreatedStatus(OpenEnum):
    """The `status` field of `ManagementKeyRuntimeCreated`."""

    ACTIVE = "active"
    PAUSED = "paused"


class ManagementKeyRuntimeCreated(BaseModel):
    """The `ManagementKeyRuntimeCreated` schema.

    Attributes:
        key: Raw management key. Returned only once.
    """

    id: str
    workspace_id: str
    name: str
    prefix: str
    status: ManagementKeyRuntimeCreatedStatus
    scopes: list[str]
    created_by: str | None = None
    created_at: DateTime
    updated_at: DateTime | None = None
    last_used_at: DateTime | None = None
    expires_at: DateTime | None = None
    soft_blocked: bool | None = None
    daily_limit_requests: int | None = None
    weekly_limit_requests: int | None = None
    monthly_limit_requests: int | None = None
    daily_limit_cost_nanos: int | None = None
    weekly_limit_cost_nanos: int | None = None
    monthly_limit_cost_nanos: int | None = None
    key: str
