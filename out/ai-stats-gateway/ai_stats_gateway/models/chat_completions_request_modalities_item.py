"""Models of Phaseo Gateway API: ChatCompletionsRequestModalitiesItem."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatCompletionsRequestModalitiesItem",
]


class ChatCompletionsRequestModalitiesItem(OpenEnum):
    """The `modalities_item` field of `ChatCompletionsRequest`."""

    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"
