"""Models of Kitchen Sink: Dog."""

from __future__ import annotations

from .pet import Pet


class Dog(Pet):
    """The `Dog` schema.

    Attributes:
        good_boy: Server default: True.
    """

    good_boy: bool | None = None
