"""Models of Schema Features: Cat."""

from __future__ import annotations

from .._base_model import BaseModel


class Cat(BaseModel):
    """The `Cat` schema."""

    kind: str
    indoor: bool | None = None
