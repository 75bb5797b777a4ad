"""Models of Phaseo Gateway API: ResponsesInputItem, ResponsesInputItemRole."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class ResponsesInputItemRole(OpenEnum):
    """The `role` field of `ResponsesInputItem`."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    DEVELOPER = "developer"


class ResponsesInputItem(BaseModel):
    """Responses API input item."""

    type: str | None = None
    role: ResponsesInputItemRole | None = None
    content: str | list[dict[str, Any]] | dict[str, Any] | None = None
