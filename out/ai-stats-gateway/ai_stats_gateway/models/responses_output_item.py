"""Models of Phaseo Gateway API: ResponsesOutputItem."""

from __future__ import annotations

from .._base_model import BaseModel
from .responses_output_content_part import ResponsesOutputContentPart


class ResponsesOutputItem(BaseModel):
    """Responses API output item."""

    type: str | None = None
    role: str | None = None
    content: list[ResponsesOutputContentPart] | None = None
    call_id: str | None = None
    name: str | None = None
    arguments: str | None = None
