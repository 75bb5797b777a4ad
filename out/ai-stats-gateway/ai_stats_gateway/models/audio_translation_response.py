"""Models of Phaseo Gateway API: AudioTranslationResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class AudioTranslationResponse(BaseModel):
    """The `AudioTranslationResponse` schema."""

    text: str | None = None
