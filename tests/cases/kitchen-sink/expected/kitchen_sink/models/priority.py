"""Models of Kitchen Sink: Priority."""

from __future__ import annotations

from .._base_model import OpenIntEnum


class Priority(OpenIntEnum):
    """The `Priority` schema."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3
