"""Models of Phaseo Gateway API: GenerationResponse, GenerationResponseUsage."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, DateTime


class GenerationResponseUsage(BaseModel):
    """The `usage` field of `GenerationResponse`."""

    prompt_tokens: int | float | None = None
    completion_tokens: int | float | None = None
    total_tokens: int | float | None = None


class GenerationResponse(BaseModel):
    """The `GenerationResponse` schema.

    Attributes:
        replay_supported: Whether a replay-ready request payload is available for this generation.
        replay_request: Replay-ready request payload captured for this generation when available.
    """

    created_at: DateTime | None = None
    request_id: str | None = None
    team_id: str | None = None
    app_id: str | None = None
    endpoint: str | None = None
    field_model_id: str | None = Field(default=None, alias="model_id")
    provider: str | None = None
    native_response_id: str | None = None
    stream: bool | None = None
    byok: bool | None = None
    status_code: int | float | None = None
    success: bool | None = None
    error_code: str | None = None
    error_message: str | None = None
    latency_ms: int | float | None = None
    generation_ms: int | float | None = None
    usage: GenerationResponseUsage | None = None
    cost_nanos: int | float | None = None
    currency: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    key_id: str | None = None
    throughput: int | float | None = None
    replay_supported: bool | None = None
    replay_request: dict[str, Any] | None = None
