"""Models of Phaseo Gateway API: PresetUpstreamApplyResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_upstream_apply_response_data import PresetUpstreamApplyResponseData

__all__ = [
    "PresetUpstreamApplyResponse",
]


class PresetUpstreamApplyResponse(BaseModel):
    """The `PresetUpstreamApplyResponse` schema."""

    data: PresetUpstreamApplyResponseData
