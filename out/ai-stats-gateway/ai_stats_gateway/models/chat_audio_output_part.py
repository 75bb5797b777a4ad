"""Models of Phaseo Gateway API: ChatAudioOutputPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .chat_audio_output_part_audio_url import ChatAudioOutputPartAudioUrl
from .chat_audio_output_part_format import ChatAudioOutputPartFormat
from .chat_audio_output_part_type import ChatAudioOutputPartType

__all__ = [
    "ChatAudioOutputPart",
]


class ChatAudioOutputPart(BaseModel):
    """The `ChatAudioOutputPart` schema."""

    type: ChatAudioOutputPartType
    audio_url: ChatAudioOutputPartAudioUrl
    mime_type: str | None = None
    format: ChatAudioOutputPartFormat | None = None
