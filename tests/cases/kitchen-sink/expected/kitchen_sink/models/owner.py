"""Models of Kitchen Sink: Owner, OwnerAddress."""

from __future__ import annotations

from .._base_model import BaseModel


class OwnerAddress(BaseModel):
    """The `address` field of `Owner`."""

    city: str | None = None


class Owner(BaseModel):
    """The `Owner` schema."""

    name: str
    email: str | None = None
    address: OwnerAddress | None = None
