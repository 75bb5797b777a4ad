"""Models of Kitchen Sink: ListPetsResponse200."""

from __future__ import annotations

from .._base_model import BaseModel
from .pet import Pet


class ListPetsResponse200(BaseModel):
    """The `response_200` schema of the `list_pets` operation."""

    items: list[Pet]
    next: str | None = None
