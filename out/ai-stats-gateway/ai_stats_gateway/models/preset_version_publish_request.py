"""Models of Phaseo Gateway API: PresetVersionPublishRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class PresetVersionPublishRequest(BaseModel):
    """The `PresetVersionPublishRequest` schema."""

    release_notes: str | None = None
    version_label: str | None = None
