"""Models of Phaseo Gateway API: GetHealthResponse200."""

from __future__ import annotations

from .._base_model import BaseModel


class GetHealthResponse200(BaseModel):
    """The `response_200` schema of the `get_health` operation."""

    status: str | None = None
