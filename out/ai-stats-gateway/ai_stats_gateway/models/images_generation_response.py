"""Models of Phaseo Gateway API: ImagesGenerationResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .image import Image


class ImagesGenerationResponse(BaseModel):
    """The `ImagesGenerationResponse` schema."""

    created: int | None = None
    data: list[Image] | None = None
