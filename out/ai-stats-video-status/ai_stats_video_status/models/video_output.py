"""Models of AI Stats Gateway API: VideoOutput."""

from __future__ import annotations

from .._base_model import BaseModel


class VideoOutput(BaseModel):
    """The `VideoOutput` schema.

    Attributes:
        content_url: Present when output_access includes bytes.
        download_url: Signed first-party URL for this output.
        expires_at: Unix timestamp (seconds) when this output URL expires.
    """

    index: int | None = None
    mime_type: str | None = None
    bytes_available: bool | None = None
    content_url: str | None = None
    download_url: str | None = None
    expires_at: int | None = None
