"""Models of Phaseo Gateway API: ResponsesResponse, ResponsesResponseStatus."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .responses_output_item import ResponsesOutputItem
from .usage import Usage


class ResponsesResponseStatus(OpenEnum):
    """The `status` field of `ResponsesResponse`."""

    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"


class ResponsesResponse(BaseModel):
    """The `ResponsesResponse` schema."""

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    provider: str | None = None
    provider_id: str | None = None
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    status: ResponsesResponseStatus | None = None
    finish_reason: str | None = None
    meta: dict[str, Any] | None = None
    cost_nanos: int | float | None = None
    cost_cents: int | None = None
    currency: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    output: list[ResponsesOutputItem] | None = None
    output_items: list[ResponsesOutputItem] | None = None
    content: list[dict[str, Any]] | None = None
    role: str | None = None
    stop_reason: str | None = None
    type: str | None = None
    usage: Usage | None = None
