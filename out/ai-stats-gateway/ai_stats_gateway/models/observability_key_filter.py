"""Models of Phaseo Gateway API: ObservabilityKeyFilter."""

from __future__ import annotations

from .._base_model import BaseModel
from .observability_key_filter_mode import ObservabilityKeyFilterMode

__all__ = [
    "ObservabilityKeyFilter",
]


class ObservabilityKeyFilter(BaseModel):
    """The `ObservabilityKeyFilter` schema."""

    key_id: str
    mode: ObservabilityKeyFilterMode
