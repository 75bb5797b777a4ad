"""Models of Phaseo Gateway API: ChatCompletionsRequestResponseFormatVariant1."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "ChatCompletionsRequestResponseFormatVariant1",
]


class ChatCompletionsRequestResponseFormatVariant1(BaseModel):
    """The `response_format_variant1` field of `ChatCompletionsRequest`."""

    type: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
