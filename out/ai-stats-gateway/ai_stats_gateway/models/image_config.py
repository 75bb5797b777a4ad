"""Models of Phaseo Gateway API: ImageConfig."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .image_config_font_inputs_item import ImageConfigFontInputsItem
from .image_config_image_size import ImageConfigImageSize

__all__ = [
    "ImageConfig",
]


class ImageConfig(BaseModel):
    """The `ImageConfig` schema."""

    aspect_ratio: str | None = None
    image_size: ImageConfigImageSize | None = None
    include_rai_reason: bool | None = None
    font_inputs: list[ImageConfigFontInputsItem] | None = None
    super_resolution_references: list[str] | None = None
    reference_images: list[dict[str, Any]] | None = None
