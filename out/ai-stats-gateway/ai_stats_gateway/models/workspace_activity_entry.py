"""Models of Phaseo Gateway API: WorkspaceActivityEntry."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime


class WorkspaceActivityEntry(BaseModel):
    """The `WorkspaceActivityEntry` schema."""

    request_id: str | None
    provider: str | None
    model: str | None
    endpoint: str | None
    usage: dict[str, Any] | None
    cost_cents: int | float
    latency_ms: int | None
    timestamp: DateTime | None
