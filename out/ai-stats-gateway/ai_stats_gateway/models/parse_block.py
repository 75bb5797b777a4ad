"""Models of Phaseo Gateway API: ParseBlock."""

from __future__ import annotations

from typing import TypeAlias

from .parse_block_variant0 import ParseBlockVariant0
from .parse_block_variant1 import ParseBlockVariant1
from .parse_block_variant2 import ParseBlockVariant2

__all__ = [
    "ParseBlock",
]


ParseBlock: TypeAlias = ParseBlockVariant0 | ParseBlockVariant1 | ParseBlockVariant2
