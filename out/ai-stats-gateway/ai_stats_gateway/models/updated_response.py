"""Models of Phaseo Gateway API: UpdatedResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .updated_response_data import UpdatedResponseData

__all__ = [
    "UpdatedResponse",
]


class UpdatedResponse(BaseModel):
    """The `UpdatedResponse` schema."""

    data: UpdatedResponseData
