"""Models of Phaseo Gateway API: ParseBlockVariant2TableType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseBlockVariant2TableType",
]


class ParseBlockVariant2TableType(OpenEnum):
    """The `type` field of `ParseBlockVariant2Table`."""

    HTML = "html"
