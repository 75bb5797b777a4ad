"""Models of Phaseo Gateway API: AsyncJobWebSocketUpgradeRequiredResponse, AsyncJobWebSocketUpgradeRequiredResponseError."""

from __future__ import annotations

from .._base_model import BaseModel


class AsyncJobWebSocketUpgradeRequiredResponseError(BaseModel):
    """The `error` field of `AsyncJobWebSocketUpgradeRequiredResponse`."""

    code: str | None = None
    message: str | None = None


class AsyncJobWebSocketUpgradeRequiredResponse(BaseModel):
    """The `AsyncJobWebSocketUpgradeRequiredResponse` schema."""

    error: AsyncJobWebSocketUpgradeRequiredResponseError | None = None
