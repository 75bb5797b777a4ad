"""Models of Phaseo Gateway API: PresetForkRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class PresetForkRequest(BaseModel):
    """The `PresetForkRequest` schema."""

    source_version_id: str | None = None
