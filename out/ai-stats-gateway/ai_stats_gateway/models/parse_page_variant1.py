"""Models of Phaseo Gateway API: ParsePageVariant1."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_block import ParseBlock
from .parse_page_variant1_type import ParsePageVariant1Type

__all__ = [
    "ParsePageVariant1",
]


class ParsePageVariant1(BaseModel):
    """The `variant1` field of `ParsePage`."""

    type: ParsePageVariant1Type
    index: int
    blocks: list[ParseBlock]
