"""Models of Phaseo Gateway API: ParseRequestOutputFormat."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseRequestOutputFormat",
]


class ParseRequestOutputFormat(OpenEnum):
    """The `output_format` field of `ParseRequest`."""

    MARKDOWN = "markdown"
    BLOCKS = "blocks"
