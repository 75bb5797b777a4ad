"""Models of Phaseo Gateway API: ImagesEditResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .image import Image


class ImagesEditResponse(BaseModel):
    """The `ImagesEditResponse` schema."""

    created: int | None = None
    data: list[Image] | None = None
