"""Models of Phaseo Gateway API: ChatMessage, ChatMessageRole."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .chat_audio_output_part import ChatAudioOutputPart
from .chat_image_output_part import ChatImageOutputPart
from .message_content_part import MessageContentPart
from .tool_call import ToolCall


class ChatMessageRole(OpenEnum):
    """The `role` field of `ChatMessage`."""

    SYSTEM = "system"
    DEVELOPER = "developer"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"


class ChatMessage(BaseModel):
    """The `ChatMessage` schema."""

    role: ChatMessageRole
    content: str | list[MessageContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    images: list[ChatImageOutputPart] | None = None
    audios: list[ChatAudioOutputPart] | None = None
    tool_call_id: str | None = None
