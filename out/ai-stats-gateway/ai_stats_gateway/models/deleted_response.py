"""Models of Phaseo Gateway API: DeletedResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class DeletedResponse(BaseModel):
    """The `DeletedResponse` schema."""

    deleted: bool
