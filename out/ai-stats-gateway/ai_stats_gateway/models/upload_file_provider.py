"""Models of Phaseo Gateway API: UploadFileProvider."""

from __future__ import annotations

from .._base_model import OpenEnum


class UploadFileProvider(OpenEnum):
    """The `provider` schema of the `upload_file` operation."""

    OPENAI = "openai"
    GROQ = "groq"
    TOGETHER = "together"
    MISTRAL = "mistral"
