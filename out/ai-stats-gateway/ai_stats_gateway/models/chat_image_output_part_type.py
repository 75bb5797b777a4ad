"""Models of Phaseo Gateway API: ChatImageOutputPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatImageOutputPartType",
]


class ChatImageOutputPartType(OpenEnum):
    """The `type` field of `ChatImageOutputPart`."""

    IMAGE_URL = "image_url"
