"""Models of Phaseo Gateway API: ResponsesOutputTextPart."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .responses_output_text_part_type import ResponsesOutputTextPartType

__all__ = [
    "ResponsesOutputTextPart",
]


class ResponsesOutputTextPart(BaseModel):
    """The `ResponsesOutputTextPart` schema."""

    type: ResponsesOutputTextPartType
    text: str
    annotations: list[dict[str, Any]] | None = None
