"""Models of Phaseo Gateway API: ParseImage, ParseImageCategory."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .parse_bounding_box import ParseBoundingBox


class ParseImageCategory(OpenEnum):
    """The `category` field of `ParseImage`."""

    OTHER = "other"
    FLOWCHART = "flowchart"
    LOGO = "logo"
    SIGNATURE = "signature"


class ParseImage(BaseModel):
    """The `ParseImage` schema."""

    id: str
    description: str
    category: ParseImageCategory
    bounding_box: ParseBoundingBox
    bounding_box_normalized: ParseBoundingBox
