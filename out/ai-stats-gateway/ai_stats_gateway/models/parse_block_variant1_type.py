"""Models of Phaseo Gateway API: ParseBlockVariant1Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseBlockVariant1Type",
]


class ParseBlockVariant1Type(OpenEnum):
    """The `type` field of `ParseBlockVariant1`."""

    IMAGE = "image"
