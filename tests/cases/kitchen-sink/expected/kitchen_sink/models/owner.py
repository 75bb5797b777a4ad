"""Models of Kitchen Sink: Owner."""

from __future__ import annotations

from .._base_model import BaseModel
from .owner_address import OwnerAddress

__all__ = [
    "Owner",
]


class Owner(BaseModel):
    """The `Owner` schema."""

    name: str
    email: str | None = None
    address: OwnerAddress | None = None
