"""Models of AI Stats Gateway API: VideoGenerationResponseAsset."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "VideoGenerationResponseAsset",
]


class VideoGenerationResponseAsset(BaseModel):
    """The `asset` field of `VideoGenerationResponse`."""

    id: str | None = None
    mime_type: str | None = None
    bytes: int | None = None
    sha256: str | None = None
    width: int | None = None
    height: int | None = None
    duration_seconds: int | float | None = None
