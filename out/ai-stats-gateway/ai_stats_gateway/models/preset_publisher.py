"""Models of Phaseo Gateway API: PresetPublisher."""

from __future__ import annotations

from .._base_model import BaseModel


class PresetPublisher(BaseModel):
    """The `PresetPublisher` schema."""

    workspace_id: str
    handle: str | None
