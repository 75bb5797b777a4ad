"""Models of Phaseo Gateway API: AudioTranscriptionResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class AudioTranscriptionResponse(BaseModel):
    """The `AudioTranscriptionResponse` schema."""

    text: str | None = None
