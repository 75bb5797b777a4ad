"""Models of Phaseo Gateway API: ParseResponseObject."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseResponseObject",
]


class ParseResponseObject(OpenEnum):
    """The `object` field of `ParseResponse`."""

    PARSE = "parse"
