"""Models of Phaseo Gateway API: ParseBlockVariant2."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_block_variant2_table import ParseBlockVariant2Table
from .parse_block_variant2_type import ParseBlockVariant2Type

__all__ = [
    "ParseBlockVariant2",
]


class ParseBlockVariant2(BaseModel):
    """The `variant2` field of `ParseBlock`."""

    type: ParseBlockVariant2Type
    table: ParseBlockVariant2Table
