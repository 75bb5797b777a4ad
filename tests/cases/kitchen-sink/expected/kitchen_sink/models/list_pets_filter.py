"""Models of Kitchen Sink: ListPetsFilter."""

from __future__ import annotations

from .._base_model import BaseModel


class ListPetsFilter(BaseModel):
    """The `filter` schema of the `list_pets` operation."""

    name: str | None = None
    min_age: int | None = None
