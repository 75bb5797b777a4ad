"""Models of Phaseo Gateway API: DebugOptionsTraceLevel."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DebugOptionsTraceLevel",
]


class DebugOptionsTraceLevel(OpenEnum):
    """The `trace_level` field of `DebugOptions`."""

    SUMMARY = "summary"
    FULL = "full"
