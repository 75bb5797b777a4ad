"""Models of Phaseo Gateway API: ChatCompletionsResponse."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .chat_choice import ChatChoice
from .usage import Usage


class ChatCompletionsResponse(BaseModel):
    """The `ChatCompletionsResponse` schema."""

    id: str | None = None
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    object: str | None = None
    created: int | None = None
    model: str | None = None
    provider: str | None = None
    choices: list[ChatChoice] | None = None
    usage: Usage | None = None
