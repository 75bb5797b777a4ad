"""Models of Phaseo Gateway API: DebugOptions, DebugOptionsTraceLevel."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class DebugOptionsTraceLevel(OpenEnum):
    """The `trace_level` field of `DebugOptions`."""

    SUMMARY = "summary"
    FULL = "full"


class DebugOptions(BaseModel):
    """Gateway debug controls. These flags are never forwarded upstream."""

    enabled: bool | None = None
    return_upstream_request: bool | None = None
    return_upstream_response: bool | None = None
    trace: bool | None = None
    trace_level: DebugOptionsTraceLevel | None = None
