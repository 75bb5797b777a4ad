"""Models of Schema Features: Named."""

from __future__ import annotations

from .._base_model import BaseModel


class Named(BaseModel):
    """The `Named` schema."""

    id: int
    amount: int | float | None = None
