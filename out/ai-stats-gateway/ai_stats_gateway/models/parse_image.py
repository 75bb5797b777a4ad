"""Models of Phaseo Gateway API: ParseImage."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_bounding_box import ParseBoundingBox
from .parse_image_category import ParseImageCategory

__all__ = [
    "ParseImage",
]


class ParseImage(BaseModel):
    """The `ParseImage` schema."""

    id: str
    description: str
    category: ParseImageCategory
    bounding_box: ParseBoundingBox
    bounding_box_normalized: ParseBoundingBox
