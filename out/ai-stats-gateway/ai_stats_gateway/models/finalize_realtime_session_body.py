"""Models of Phaseo Gateway API: FinalizeRealtimeSessionBody."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .finalize_realtime_session_body_status import FinalizeRealtimeSessionBodyStatus

__all__ = [
    "FinalizeRealtimeSessionBody",
]


class FinalizeRealtimeSessionBody(BaseModel):
    """The `body` schema of the `finalize_realtime_session` operation."""

    status: FinalizeRealtimeSessionBodyStatus | None = None
    usage: dict[str, Any] | None = None
    disconnect_reason: str | None = None
    error_code: str | None = None
    error_message: str | None = None
