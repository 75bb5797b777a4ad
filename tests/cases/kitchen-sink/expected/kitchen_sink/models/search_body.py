"""Models of Kitchen Sink: SearchBody."""

from __future__ import annotations

from .._base_model import BaseModel


class SearchBody(BaseModel):
    """The `body` schema of the `search` operation."""

    q: str | None = None
    page: int | None = None
