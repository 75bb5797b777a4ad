"""Models of Phaseo Gateway API: PresetCreateResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset import Preset


class PresetCreateResponse(BaseModel):
    """The `PresetCreateResponse` schema."""

    data: Preset
    canonical_model: str
