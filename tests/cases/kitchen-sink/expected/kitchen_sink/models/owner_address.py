"""Models of Kitchen Sink: OwnerAddress."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "OwnerAddress",
]


class OwnerAddress(BaseModel):
    """The `address` field of `Owner`."""

    city: str | None = None
