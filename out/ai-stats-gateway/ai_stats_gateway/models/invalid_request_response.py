"""Models of Phaseo Gateway API: InvalidRequestResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class InvalidRequestResponse(BaseModel):
    """The `InvalidRequestResponse` schema."""

    ok: bool
    error: str
    message: str
    max_offset: int | None = None
