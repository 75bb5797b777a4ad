"""Models of Phaseo Gateway API: PresetPublisherUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class PresetPublisherUpdateRequest(BaseModel):
    """The `PresetPublisherUpdateRequest` schema."""

    handle: str
