"""Models of Phaseo Gateway API: GatewayRequestLog."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, DateTime


class GatewayRequestLog(BaseModel):
    """The `GatewayRequestLog` schema."""

    request_id: str | None = None
    created_at: DateTime | None = None
    endpoint: str | None = None
    field_model_id: str | None = Field(default=None, alias="model_id")
    requested_model_id: str | None = None
    routed_model_id: str | None = None
    canonical_model_id: str | None = None
    provider: str | None = None
    status_code: int | None = None
    success: bool | None = None
    error_code: str | None = None
    latency_ms: int | float | None = None
    generation_ms: int | float | None = None
    usage: dict[str, Any] | None = None
    cost_nanos: int | None = None
    currency: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    key_id: str | None = None
    auth_method: str | None = None
    oauth_client_id: str | None = None
    stream: bool | None = None
    byok: bool | None = None
    native_response_id: str | None = None
    throughput: int | float | None = None
    location: str | None = None
    finish_reason: str | None = None
