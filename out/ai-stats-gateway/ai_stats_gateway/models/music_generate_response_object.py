"""Models of Phaseo Gateway API: MusicGenerateResponseObject."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "MusicGenerateResponseObject",
]


class MusicGenerateResponseObject(OpenEnum):
    """The `object` field of `MusicGenerateResponse`."""

    MUSIC = "music"
