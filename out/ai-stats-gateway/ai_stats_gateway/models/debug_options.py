"""Models of Phaseo Gateway API: DebugOptions."""

from __future__ import annotations

from .._base_model import BaseModel
from .debug_options_trace_level import DebugOptionsTraceLevel

__all__ = [
    "DebugOptions",
]


class DebugOptions(BaseModel):
    """Gateway debug controls. These flags are never forwarded upstream."""

    enabled: bool | None = None
    return_upstream_request: bool | None = None
    return_upstream_response: bool | None = None
    trace: bool | None = None
    trace_level: DebugOptionsTraceLevel | None = None
