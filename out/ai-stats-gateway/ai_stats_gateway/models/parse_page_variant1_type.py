"""Models of Phaseo Gateway API: ParsePageVariant1Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParsePageVariant1Type",
]


class ParsePageVariant1Type(OpenEnum):
    """The `type` field of `ParsePageVariant1`."""

    BLOCKS = "blocks"
