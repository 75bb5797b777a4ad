"""Models of Phaseo Gateway API: PresetVersionResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_version import PresetVersion


class PresetVersionResponse(BaseModel):
    """The `PresetVersionResponse` schema."""

    data: PresetVersion
