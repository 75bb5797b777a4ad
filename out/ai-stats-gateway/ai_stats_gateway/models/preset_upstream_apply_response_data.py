"""Models of Phaseo Gateway API: PresetUpstreamApplyResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "PresetUpstreamApplyResponseData",
]


class PresetUpstreamApplyResponseData(BaseModel):
    """The `data` field of `PresetUpstreamApplyResponse`."""

    id: str
    upstream_version_id: str
    applied_to_draft: bool
