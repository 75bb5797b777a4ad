"""Models of Phaseo Gateway API: ParsePageVariant0."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_page_variant0_markdown import ParsePageVariant0Markdown
from .parse_page_variant0_type import ParsePageVariant0Type

__all__ = [
    "ParsePageVariant0",
]


class ParsePageVariant0(BaseModel):
    """The `variant0` field of `ParsePage`."""

    type: ParsePageVariant0Type
    index: int
    markdown: ParsePageVariant0Markdown
