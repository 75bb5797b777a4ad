"""Models of Phaseo Gateway API: ErrorUpstreamError."""

from __future__ import annotations

from .._base_model import BaseModel


class ErrorUpstreamError(BaseModel):
    """The `ErrorUpstreamError` schema."""

    code: str | None = None
    message: str | None = None
    description: str | None = None
    param: str | None = None
