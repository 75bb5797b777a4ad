"""Models of Phaseo Gateway API: PresetVersionListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_version import PresetVersion


class PresetVersionListResponse(BaseModel):
    """The `PresetVersionListResponse` schema."""

    data: list[PresetVersion]
