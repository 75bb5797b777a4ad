"""Models of Phaseo Gateway API: ParseResponse."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .parse_page import ParsePage
from .parse_response_object import ParseResponseObject

__all__ = [
    "ParseResponse",
]


class ParseResponse(BaseModel):
    """The `ParseResponse` schema."""

    id: str
    object: ParseResponseObject
    model: str
    provider: str
    pages: list[ParsePage]
    meta: dict[str, Any] | None = None
    usage: dict[str, Any] | None = None
