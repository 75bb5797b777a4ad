"""Models of Phaseo Gateway API: VideoGenerationResponseUsage."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "VideoGenerationResponseUsage",
]


class VideoGenerationResponseUsage(BaseModel):
    """The `usage` field of `VideoGenerationResponse`."""

    cost: int | float | None = None
    is_byok: bool | None = None
