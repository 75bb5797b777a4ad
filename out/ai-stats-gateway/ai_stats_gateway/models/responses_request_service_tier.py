"""Models of Phaseo Gateway API: ResponsesRequestServiceTier."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesRequestServiceTier",
]


class ResponsesRequestServiceTier(OpenEnum):
    """The `service_tier` field of `ResponsesRequest`."""

    STANDARD = "standard"
    FAST = "fast"
    PRIORITY = "priority"
    FLEX = "flex"
    BATCH = "batch"
