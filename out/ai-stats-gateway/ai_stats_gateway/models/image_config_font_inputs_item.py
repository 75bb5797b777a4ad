"""Models of Phaseo Gateway API: ImageConfigFontInputsItem."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ImageConfigFontInputsItem",
]


class ImageConfigFontInputsItem(BaseModel):
    """The `font_inputs_item` field of `ImageConfig`."""

    font_url: str | None = None
    text: str | None = None
