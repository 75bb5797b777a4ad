"""Models of Phaseo Gateway API: ParseBlockVariant1."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_block_variant1_type import ParseBlockVariant1Type
from .parse_image import ParseImage

__all__ = [
    "ParseBlockVariant1",
]


class ParseBlockVariant1(BaseModel):
    """The `variant1` field of `ParseBlock`."""

    type: ParseBlockVariant1Type
    image: ParseImage
