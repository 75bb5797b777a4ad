"""Models of Phaseo Gateway API: ParsePageVariant0Markdown."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_image import ParseImage

__all__ = [
    "ParsePageVariant0Markdown",
]


class ParsePageVariant0Markdown(BaseModel):
    """The `markdown` field of `ParsePageVariant0`."""

    content: str
    images: list[ParseImage] | None = None
