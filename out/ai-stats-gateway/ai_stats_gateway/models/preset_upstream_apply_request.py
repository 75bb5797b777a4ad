"""Models of Phaseo Gateway API: PresetUpstreamApplyRequest."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["PresetUpstreamApplyRequest"]


class PresetUpstreamApplyRequest(BaseModel):
    """The `PresetUpstreamApplyRequest` schema."""

    version_id: str
