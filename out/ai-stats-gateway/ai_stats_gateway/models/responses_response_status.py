"""Models of Phaseo Gateway API: ResponsesResponseStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesResponseStatus",
]


class ResponsesResponseStatus(OpenEnum):
    """The `status` field of `ResponsesResponse`."""

    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
