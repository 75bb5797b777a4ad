"""Models of Phaseo Gateway API: ObservabilityDestinationResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .observability_destination import ObservabilityDestination


class ObservabilityDestinationResponse(BaseModel):
    """The `ObservabilityDestinationResponse` schema."""

    data: ObservabilityDestination
