"""Models of Phaseo Gateway API: ObservabilityKeyFilter, ObservabilityKeyFilterMode."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ObservabilityKeyFilterMode(OpenEnum):
    """The `mode` field of `ObservabilityKeyFilter`."""

    INCLUDE = "include"
    EXCLUDE = "exclude"


class ObservabilityKeyFilter(BaseModel):
    """The `ObservabilityKeyFilter` schema."""

    key_id: str
    mode: ObservabilityKeyFilterMode
