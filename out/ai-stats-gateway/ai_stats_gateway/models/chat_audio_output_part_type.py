"""Models of Phaseo Gateway API: ChatAudioOutputPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatAudioOutputPartType",
]


class ChatAudioOutputPartType(OpenEnum):
    """The `type` field of `ChatAudioOutputPart`."""

    AUDIO_URL = "audio_url"
