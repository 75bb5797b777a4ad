"""Models of Phaseo Gateway API: ObservabilityDestinationType."""

from __future__ import annotations

from .._base_model import OpenEnum


class ObservabilityDestinationType(OpenEnum):
    """The `ObservabilityDestinationType` schema."""

    OTEL_COLLECTOR = "otel_collector"
    WEBHOOK = "webhook"
