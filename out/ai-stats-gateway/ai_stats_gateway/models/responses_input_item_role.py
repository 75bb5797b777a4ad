"""Models of Phaseo Gateway API: ResponsesInputItemRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesInputItemRole",
]


class ResponsesInputItemRole(OpenEnum):
    """The `role` field of `ResponsesInputItem`."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"
    DEVELOPER = "developer"
