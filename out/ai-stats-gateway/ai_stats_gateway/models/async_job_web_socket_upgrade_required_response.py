"""Models of Phaseo Gateway API: AsyncJobWebSocketUpgradeRequiredResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .async_job_web_socket_upgrade_required_response_error import (
    AsyncJobWebSocketUpgradeRequiredResponseError,
)

__all__ = [
    "AsyncJobWebSocketUpgradeRequiredResponse",
]


class AsyncJobWebSocketUpgradeRequiredResponse(BaseModel):
    """The `AsyncJobWebSocketUpgradeRequiredResponse` schema."""

    error: AsyncJobWebSocketUpgradeRequiredResponseError | None = None
