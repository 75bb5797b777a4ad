"""Models of Phaseo Gateway API: ParseBlockVariant2Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseBlockVariant2Type",
]


class ParseBlockVariant2Type(OpenEnum):
    """The `type` field of `ParseBlockVariant2`."""

    TABLE = "table"
