"""Models of Kitchen Sink: UploadCardBody, UploadCardBodyMeta."""

from __future__ import annotations

from .._base_model import BaseModel, FileInput


class UploadCardBodyMeta(BaseModel):
    """The `meta` field of `UploadCardBody`."""

    source: str | None = None
    tags: list[str] | None = None


class UploadCardBody(BaseModel):
    """The `body` schema of the `upload_card` operation."""

    file: FileInput
    caption: str | None = None
    photos: list[FileInput] | None = None
    meta: UploadCardBodyMeta | None = None
