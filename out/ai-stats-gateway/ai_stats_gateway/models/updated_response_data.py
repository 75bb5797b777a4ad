"""Models of Phaseo Gateway API: UpdatedResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "UpdatedResponseData",
]


class UpdatedResponseData(BaseModel):
    """The `data` field of `UpdatedResponse`."""

    updated: bool
