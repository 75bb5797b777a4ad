"""Models of Kitchen Sink: Problem."""

from __future__ import annotations

from .._base_model import BaseModel


class Problem(BaseModel):
    """The `Problem` schema."""

    title: str | None = None
    status: int | None = None
    detail: str | None = None
