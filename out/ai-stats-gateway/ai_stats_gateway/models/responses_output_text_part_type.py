"""Models of Phaseo Gateway API: ResponsesOutputTextPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesOutputTextPartType",
]


class ResponsesOutputTextPartType(OpenEnum):
    """The `type` field of `ResponsesOutputTextPart`."""

    OUTPUT_TEXT = "output_text"
