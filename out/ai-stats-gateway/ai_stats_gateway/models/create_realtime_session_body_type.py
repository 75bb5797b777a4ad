"""Models of Phaseo Gateway API: CreateRealtimeSessionBodyType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "CreateRealtimeSessionBodyType",
]


class CreateRealtimeSessionBodyType(OpenEnum):
    """The `type` field of `CreateRealtimeSessionBody`."""

    REALTIME = "realtime"
