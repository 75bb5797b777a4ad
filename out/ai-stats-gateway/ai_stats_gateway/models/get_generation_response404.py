"""Models of Phaseo Gateway API: GetGenerationResponse404."""

from __future__ import annotations

from .._base_model import BaseModel


class GetGenerationResponse404(BaseModel):
    """The `response_404` schema of the `get_generation` operation."""

    ok: bool | None = None
    error: str | None = None
