"""Models of Phaseo Gateway API: ParseBlockVariant0."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_block_variant0_text import ParseBlockVariant0Text
from .parse_block_variant0_type import ParseBlockVariant0Type

__all__ = [
    "ParseBlockVariant0",
]


class ParseBlockVariant0(BaseModel):
    """The `variant0` field of `ParseBlock`."""

    type: ParseBlockVariant0Type
    text: ParseBlockVariant0Text
