"""Models of Phaseo Gateway API: AsyncJobWebSocketUpgradeRequiredResponseError."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "AsyncJobWebSocketUpgradeRequiredResponseError",
]


class AsyncJobWebSocketUpgradeRequiredResponseError(BaseModel):
    """The `error` field of `AsyncJobWebSocketUpgradeRequiredResponse`."""

    code: str | None = None
    message: str | None = None
