"""Models of Phaseo Gateway API: PresetPublisherResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_publisher import PresetPublisher


class PresetPublisherResponse(BaseModel):
    """The `PresetPublisherResponse` schema."""

    data: PresetPublisher
