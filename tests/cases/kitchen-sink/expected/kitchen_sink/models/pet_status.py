"""Models of Kitchen Sink: PetStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "PetStatus",
]


class PetStatus(OpenEnum):
    """The `status` field of `Pet`."""

    AVAILABLE = "available"
    ADOPTED = "adopted"
