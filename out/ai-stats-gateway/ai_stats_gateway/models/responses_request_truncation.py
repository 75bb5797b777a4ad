"""Models of Phaseo Gateway API: ResponsesRequestTruncation."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesRequestTruncation",
]


class ResponsesRequestTruncation(OpenEnum):
    """The `truncation` field of `ResponsesRequest`."""

    AUTO = "auto"
    DISABLED = "disabled"
