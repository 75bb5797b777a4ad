"""Models of Phaseo Gateway API: PresetResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset import Preset


class PresetResponse(BaseModel):
    """The `PresetResponse` schema."""

    data: Preset
