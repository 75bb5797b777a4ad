"""Models of Phaseo Gateway API: PresetUpstreamApplyRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class PresetUpstreamApplyRequest(BaseModel):
    """The `PresetUpstreamApplyRequest` schema."""

    version_id: str
