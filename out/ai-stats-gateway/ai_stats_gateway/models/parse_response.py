"""Models of Phaseo Gateway API: ParseResponse, ParseResponseObject."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .parse_page import ParsePage


class ParseResponseObject(OpenEnum):
    """The `object` field of `ParseResponse`."""

    PARSE = "parse"


class ParseResponse(BaseModel):
    """The `ParseResponse` schema."""

    id: str
    object: ParseResponseObject
    model: str
    provider: str
    pages: list[ParsePage]
    meta: dict[str, Any] | None = None
    usage: dict[str, Any] | None = None
