"""Models of Phaseo Gateway API: ResponsesOutputImagePartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesOutputImagePartType",
]


class ResponsesOutputImagePartType(OpenEnum):
    """The `type` field of `ResponsesOutputImagePart`."""

    OUTPUT_IMAGE = "output_image"
