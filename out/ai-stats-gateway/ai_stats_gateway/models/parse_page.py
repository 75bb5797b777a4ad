"""Models of Phaseo Gateway API: ParsePage."""

from __future__ import annotations

from typing import TypeAlias

from .parse_page_variant0 import ParsePageVariant0
from .parse_page_variant1 import ParsePageVariant1

__all__ = [
    "ParsePage",
]


ParsePage: TypeAlias = ParsePageVariant0 | ParsePageVariant1
