"""Models of Phaseo Gateway API: ParseBoundingBox."""

from __future__ import annotations

from .._base_model import BaseModel


class ParseBoundingBox(BaseModel):
    """The `ParseBoundingBox` schema."""

    top_left_x: int | float
    top_left_y: int | float
    bottom_right_x: int | float
    bottom_right_y: int | float
