"""Models of Phaseo Gateway API: ResponsesOutputImagePart."""

from __future__ import annotations

from .._base_model import BaseModel
from .responses_output_image_part_image_url import ResponsesOutputImagePartImageUrl
from .responses_output_image_part_type import ResponsesOutputImagePartType

__all__ = [
    "ResponsesOutputImagePart",
]


class ResponsesOutputImagePart(BaseModel):
    """The `ResponsesOutputImagePart` schema."""

    type: ResponsesOutputImagePartType
    b64_json: str | None = None
    image_url: ResponsesOutputImagePartImageUrl | None = None
    mime_type: str | None = None
