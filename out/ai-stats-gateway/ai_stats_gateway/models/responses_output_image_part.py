"""Models of Phaseo Gateway API: ResponsesOutputImagePart, ResponsesOutputImagePartImageUrl, ResponsesOutputImagePartType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ResponsesOutputImagePartType(OpenEnum):
    """The `type` field of `ResponsesOutputImagePart`."""

    OUTPUT_IMAGE = "output_image"


class ResponsesOutputImagePartImageUrl(BaseModel):
    """The `image_url` field of `ResponsesOutputImagePart`."""

    url: str | None = None


class ResponsesOutputImagePart(BaseModel):
    """The `ResponsesOutputImagePart` schema."""

    type: ResponsesOutputImagePartType
    b64_json: str | None = None
    image_url: ResponsesOutputImagePartImageUrl | None = None
    mime_type: str | None = None
