"""Models of Phaseo Gateway API: ResponsesRequestModalitiesItem."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesRequestModalitiesItem",
]


class ResponsesRequestModalitiesItem(OpenEnum):
    """The `modalities_item` field of `ResponsesRequest`."""

    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"
