"""Models of Phaseo Gateway API: VideoGenerationResponseOutputAccess."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "VideoGenerationResponseOutputAccess",
]


class VideoGenerationResponseOutputAccess(OpenEnum):
    """The `output_access` field of `VideoGenerationResponse`."""

    BYTES = "bytes"
    SIGNED_URL = "signed_url"
    BOTH = "both"
