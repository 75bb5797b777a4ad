"""Models of Phaseo Gateway API: ParseBlockVariant2Table."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_block_variant2_table_type import ParseBlockVariant2TableType
from .parse_bounding_box import ParseBoundingBox

__all__ = [
    "ParseBlockVariant2Table",
]


class ParseBlockVariant2Table(BaseModel):
    """The `table` field of `ParseBlockVariant2`."""

    type: ParseBlockVariant2TableType
    html: str
    title: str | None = None
    description: str | None = None
    bounding_box: ParseBoundingBox
    bounding_box_normalized: ParseBoundingBox
