"""Models of Phaseo Gateway API: ParseBlockVariant0Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseBlockVariant0Type",
]


class ParseBlockVariant0Type(OpenEnum):
    """The `type` field of `ParseBlockVariant0`."""

    TEXT = "text"
