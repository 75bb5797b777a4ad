"""Models of Phaseo Gateway API: FileUploadRequest."""

from __future__ import annotations

from .._base_model import BaseModel, FileInput


class FileUploadRequest(BaseModel):
    """The `FileUploadRequest` schema."""

    file: FileInput
    purpose: str
