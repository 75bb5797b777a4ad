"""Models of Phaseo Gateway API: ParsePageVariant0Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParsePageVariant0Type",
]


class ParsePageVariant0Type(OpenEnum):
    """The `type` field of `ParsePageVariant0`."""

    MARKDOWN = "markdown"
