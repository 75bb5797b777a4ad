"""Models of Phaseo Gateway API: ObservabilityDestinationListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .observability_destination import ObservabilityDestination


class ObservabilityDestinationListResponse(BaseModel):
    """The `ObservabilityDestinationListResponse` schema."""

    data: list[ObservabilityDestination]
    total_count: int
