"""Models of Phaseo Gateway API: ObservabilityKeyFilterMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ObservabilityKeyFilterMode",
]


class ObservabilityKeyFilterMode(OpenEnum):
    """The `mode` field of `ObservabilityKeyFilter`."""

    INCLUDE = "include"
    EXCLUDE = "exclude"
