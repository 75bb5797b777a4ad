"""Models of Phaseo Gateway API: ResponsesInputItem."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .responses_input_item_role import ResponsesInputItemRole

__all__ = [
    "ResponsesInputItem",
]


class ResponsesInputItem(BaseModel):
    """Responses API input item."""

    type: str | None = None
    role: ResponsesInputItemRole | None = None
    content: str | list[dict[str, Any]] | dict[str, Any] | None = None
