"""Models of Phaseo Gateway API: PresetVisibility."""

from __future__ import annotations

from .._base_model import OpenEnum


class PresetVisibility(OpenEnum):
    """The `PresetVisibility` schema."""

    PRIVATE = "private"
    TEAM = "team"
    PUBLIC = "public"
