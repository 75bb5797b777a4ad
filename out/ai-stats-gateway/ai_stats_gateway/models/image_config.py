"""Models of Phaseo Gateway API: ImageConfig, ImageConfigFontInputsItem, ImageConfigImageSize."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class ImageConfigImageSize(OpenEnum):
    """The `image_size` field of `ImageConfig`."""

    VALUE_0_5_K = "0.5K"
    VALUE_1_K = "1K"
    VALUE_2_K = "2K"
    VALUE_4_K = "4K"


class ImageConfigFontInputsItem(BaseModel):
    """The `font_inputs_item` field of `ImageConfig`."""

    font_url: str | None = None
    text: str | None = None


class ImageConfig(BaseModel):
    """The `ImageConfig` schema."""

    aspect_ratio: str | None = None
    image_size: ImageConfigImageSize | None = None
    include_rai_reason: bool | None = None
    font_inputs: list[ImageConfigFontInputsItem] | None = None
    super_resolution_references: list[str] | None = None
    reference_images: list[dict[str, Any]] | None = None
