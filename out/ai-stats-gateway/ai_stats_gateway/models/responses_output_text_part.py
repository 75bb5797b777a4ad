"""Models of Phaseo Gateway API: ResponsesOutputTextPart, ResponsesOutputTextPartType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class ResponsesOutputTextPartType(OpenEnum):
    """The `type` field of `ResponsesOutputTextPart`."""

    OUTPUT_TEXT = "output_text"


class ResponsesOutputTextPart(BaseModel):
    """The `ResponsesOutputTextPart` schema."""

    type: ResponsesOutputTextPartType
    text: str
    annotations: list[dict[str, Any]] | None = None
