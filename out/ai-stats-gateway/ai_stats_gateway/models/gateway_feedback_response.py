"""Models of Phaseo Gateway API: GatewayFeedbackResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_feedback import GatewayFeedback


class GatewayFeedbackResponse(BaseModel):
    """The `GatewayFeedbackResponse` schema."""

    data: GatewayFeedback
