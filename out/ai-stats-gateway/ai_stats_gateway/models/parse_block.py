"""Models of Phaseo Gateway API: ParseBlock and 9 more."""

from __future__ import annotations

from typing import TypeAlias

from .._base_model import BaseModel, OpenEnum
from .parse_bounding_box import ParseBoundingBox
from .parse_image import ParseImage


class ParseBlockVariant0Type(OpenEnum):
    """The `type` field of `ParseBlockVariant0`."""

    TEXT = "text"


class ParseBlockVariant1Type(OpenEnum):
    """The `type` field of `ParseBlockVariant1`."""

    IMAGE = "image"


class ParseBlockVariant2Type(OpenEnum):
    """The `type` field of `ParseBlockVariant2`."""

    TABLE = "table"


class ParseBlockVariant2TableType(OpenEnum):
    """The `type` field of `ParseBlockVariant2Table`."""

    HTML = "html"


class ParseBlockVariant0Text(BaseModel):
    """The `text` field of `ParseBlockVariant0`."""

    content: str


class ParseBlockVariant0(BaseModel):
    """The `variant0` field of `ParseBlock`."""

    type: ParseBlockVariant0Type
    text: ParseBlockVariant0Text


class ParseBlockVariant1(BaseModel):
    """The `variant1` field of `ParseBlock`."""

    type: ParseBlockVariant1Type
    image: ParseImage


class ParseBlockVariant2Table(BaseModel):
    """The `table` field of `ParseBlockVariant2`."""

    type: ParseBlockVariant2TableType
    html: str
    title: str | None = None
    description: str | None = None
    bounding_box: ParseBoundingBox
    bounding_box_normalized: ParseBoundingBox


class ParseBlockVariant2(BaseModel):
    """The `variant2` field of `ParseBlock`."""

    type: ParseBlockVariant2Type
    table: ParseBlockVariant2Table


ParseBlock: TypeAlias = ParseBlockVariant0 | ParseBlockVariant1 | ParseBlockVariant2
