"""Models of Kitchen Sink: Kind."""

from __future__ import annotations

from .._base_model import OpenEnum


class Kind(OpenEnum):
    """The `Kind` schema."""

    DOG = "dog"
    CAT = "cat"
    HAMSTER = "hamster"
