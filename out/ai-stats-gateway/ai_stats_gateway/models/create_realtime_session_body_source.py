"""Models of Phaseo Gateway API: CreateRealtimeSessionBodySource."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "CreateRealtimeSessionBodySource",
]


class CreateRealtimeSessionBodySource(OpenEnum):
    """The `source` field of `CreateRealtimeSessionBody`."""

    API = "api"
    CHAT = "chat"
