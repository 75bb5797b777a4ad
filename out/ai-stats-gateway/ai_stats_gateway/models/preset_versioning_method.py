"""Models of Phaseo Gateway API: PresetVersioningMethod."""

from __future__ import annotations

from .._base_model import OpenEnum


class PresetVersioningMethod(OpenEnum):
    """The `PresetVersioningMethod` schema."""

    SEQUENTIAL = "sequential"
    SEMVER = "semver"
    DATE = "date"
