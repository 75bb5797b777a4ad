"""Models of Schema Features: Stricter."""

from __future__ import annotations

from .._base_model import BaseModel


class Stricter(BaseModel):
    """Both parents declare `id` and `amount`; the merge keeps the stricter types."""

    id: int
    amount: int | float | None = None
