"""Models of Kitchen Sink: UploadCardBody."""

from __future__ import annotations

from .._base_model import BaseModel, FileInput
from .upload_card_body_meta import UploadCardBodyMeta

__all__ = [
    "UploadCardBody",
]


class UploadCardBody(BaseModel):
    """The `body` schema of the `upload_card` operation."""

    file: FileInput
    caption: str | None = None
    photos: list[FileInput] | None = None
    meta: UploadCardBodyMeta | None = None
