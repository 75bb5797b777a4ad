"""Models of Phaseo Gateway API: GatewayFeedbackListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_feedback import GatewayFeedback


class GatewayFeedbackListResponse(BaseModel):
    """The `GatewayFeedbackListResponse` schema."""

    data: list[GatewayFeedback]
