"""Models of Kitchen Sink: UploadCardBodyMeta."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "UploadCardBodyMeta",
]


class UploadCardBodyMeta(BaseModel):
    """The `meta` field of `UploadCardBody`."""

    source: str | None = None
    tags: list[str] | None = None
