"""Models of Phaseo Gateway API: ManagementKeyRuntimeUpdateRequest, ManagementKeyRuntimeUpdateRequestTemplate."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, DateTime, OpenEnum


class ManagementKeyRuntimeUpdateRequestTemplate(OpenEnum):
    """The `template` field of `ManagementKeyRuntimeUpdateRequest`."""

    READ_ONLY = "read-only"
    READ_WRITE = "read-write"
    FULL_CONTROL = "full-control"


class ManagementKeyRuntimeUpdateRequest(BaseModel):
    """The `ManagementKeyRuntimeUpdateRequest` schema."""

    name: str | None = None
    template: ManagementKeyRuntimeUpdateRequestTemplate | None = None
    scopes: str | list[str] | None = None
    expires_at: DateTime | None = None
    paused: bool | None = None
    daily_requests: int | None = Field(default=None, alias="dailyRequests")
    weekly_requests: int | None = Field(default=None, alias="weeklyRequests")
    monthly_requests: int | None = Field(default=None, alias="monthlyRequests")
    daily_cost_nanos: int | None = Field(default=None, alias="dailyCostNanos")
    weekly_cost_nanos: int | None = Field(default=None, alias="weeklyCostNanos")
    monthly_cost_nanos: int | None = Field(default=None, alias="monthlyCostNanos")
    soft_blocked: bool | None = Field(default=None, alias="softBlocked")
