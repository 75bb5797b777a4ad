"""Models of Schema Features: Dog."""

from __future__ import annotations

from .._base_model import BaseModel


class Dog(BaseModel):
    """The `Dog` schema.

    Attributes:
        good: Server default: True.
    """

    kind: str
    good: bool | None = None
