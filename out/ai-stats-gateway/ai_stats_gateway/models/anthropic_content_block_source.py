"""Models of Phaseo Gateway API: AnthropicContentBlockSource."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "AnthropicContentBlockSource",
]


class AnthropicContentBlockSource(BaseModel):
    """The `source` field of `AnthropicContentBlock`."""

    type: str | None = None
    media_type: str | None = None
    data: str | None = None
    url: str | None = None
