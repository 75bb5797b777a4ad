"""Models of Phaseo Gateway API: ManagementKeyRuntime."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .management_key_runtime_status import ManagementKeyRuntimeStatus

__all__ = [
    "ManagementKeyRuntime",
]


class ManagementKeyRuntime(BaseModel):
    """The `ManagementKeyRuntime` schema."""

    id: str
    workspace_id: str
    name: str
    prefix: str
    status: ManagementKeyRuntimeStatus
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
