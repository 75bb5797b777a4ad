"""Models of Phaseo Gateway API: PresetListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset import Preset


class PresetListResponse(BaseModel):
    """The `PresetListResponse` schema."""

    data: list[Preset]
    total_count: int
