"""Models of Phaseo Gateway API: ChatImageOutputPart, ChatImageOutputPartImageUrl, ChatImageOutputPartType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ChatImageOutputPartType(OpenEnum):
    """The `type` field of `ChatImageOutputPart`."""

    IMAGE_URL = "image_url"


class ChatImageOutputPartImageUrl(BaseModel):
    """The `image_url` field of `ChatImageOutputPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str


class ChatImageOutputPart(BaseModel):
    """The `ChatImageOutputPart` schema."""

    type: ChatImageOutputPartType
    image_url: ChatImageOutputPartImageUrl
    mime_type: str | None = None
