"""Models of Phaseo Gateway API: UpdatedResponse, UpdatedResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class UpdatedResponseData(BaseModel):
    """The `data` field of `UpdatedResponse`."""

    updated: bool


class UpdatedResponse(BaseModel):
    """The `UpdatedResponse` schema."""

    data: UpdatedResponseData
