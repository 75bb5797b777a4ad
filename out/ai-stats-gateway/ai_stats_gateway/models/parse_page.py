"""Models of Phaseo Gateway API: ParsePage and 5 more."""

from __future__ import annotations

from typing import TypeAlias

from .._base_model import BaseModel, OpenEnum
from .parse_block import ParseBlock
from .parse_image import ParseImage


class ParsePageVariant0Type(OpenEnum):
    """The `type` field of `ParsePageVariant0`."""

    MARKDOWN = "markdown"


class ParsePageVariant1Type(OpenEnum):
    """The `type` field of `ParsePageVariant1`."""

    BLOCKS = "blocks"


class ParsePageVariant0Markdown(BaseModel):
    """The `markdown` field of `ParsePageVariant0`."""

    content: str
    images: list[ParseImage] | None = None


class ParsePageVariant0(BaseModel):
    """The `variant0` field of `ParsePage`."""

    type: ParsePageVariant0Type
    index: int
    markdown: ParsePageVariant0Markdown


class ParsePageVariant1(BaseModel):
    """The `variant1` field of `ParsePage`."""

    type: ParsePageVariant1Type
    index: int
    blocks: list[ParseBlock]


ParsePage: TypeAlias = ParsePageVariant0 | ParsePageVariant1
