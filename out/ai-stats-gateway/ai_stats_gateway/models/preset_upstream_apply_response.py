"""Models of Phaseo Gateway API: PresetUpstreamApplyResponse, PresetUpstreamApplyResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class PresetUpstreamApplyResponseData(BaseModel):
    """The `data` field of `PresetUpstreamApplyResponse`."""

    id: str
    upstream_version_id: str
    applied_to_draft: bool


class PresetUpstreamApplyResponse(BaseModel):
    """The `PresetUpstreamApplyResponse` schema."""

    data: PresetUpstreamApplyResponseData
