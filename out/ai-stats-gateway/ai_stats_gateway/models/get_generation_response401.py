"""Models of Phaseo Gateway API: GetGenerationResponse401."""

from __future__ import annotations

from .._base_model import BaseModel


class GetGenerationResponse401(BaseModel):
    """The `response_401` schema of the `get_generation` operation."""

    ok: bool | None = None
    error: str | None = None
    reason: str | None = None
