"""Models of Phaseo Gateway API: MusicGenerateRequestSunoVocalGender."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "MusicGenerateRequestSunoVocalGender",
]


class MusicGenerateRequestSunoVocalGender(OpenEnum):
    """The `vocalGender` field of `MusicGenerateRequestSuno`."""

    M = "m"
    F = "f"
