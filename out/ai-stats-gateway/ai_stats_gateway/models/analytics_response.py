"""Models of Phaseo Gateway API: AnalyticsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .activity_entry import ActivityEntry


class AnalyticsResponse(BaseModel):
    """The `AnalyticsResponse` schema."""

    data: list[ActivityEntry]
    total_count: int
    offset: int
    limit: int
