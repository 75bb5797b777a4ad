"""Models of Phaseo Gateway API: FinalizeRealtimeSessionBody, FinalizeRealtimeSessionBodyStatus."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class FinalizeRealtimeSessionBodyStatus(OpenEnum):
    """The `status` field of `FinalizeRealtimeSessionBody`."""

    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class FinalizeRealtimeSessionBody(BaseModel):
    """The `body` schema of the `finalize_realtime_session` operation."""

    status: FinalizeRealtimeSessionBodyStatus | None = None
    usage: dict[str, Any] | None = None
    disconnect_reason: str | None = None
    error_code: str | None = None
    error_message: str | None = None
