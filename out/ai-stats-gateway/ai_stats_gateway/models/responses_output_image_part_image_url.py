"""Models of Phaseo Gateway API: ResponsesOutputImagePartImageUrl."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ResponsesOutputImagePartImageUrl",
]


class ResponsesOutputImagePartImageUrl(BaseModel):
    """The `image_url` field of `ResponsesOutputImagePart`."""

    url: str | None = None
