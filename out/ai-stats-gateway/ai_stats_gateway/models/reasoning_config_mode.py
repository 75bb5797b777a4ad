"""Models of Phaseo Gateway API: ReasoningConfigMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ReasoningConfigMode",
]


class ReasoningConfigMode(OpenEnum):
    """The `mode` field of `ReasoningConfig`."""

    STANDARD = "standard"
    PRO = "pro"
