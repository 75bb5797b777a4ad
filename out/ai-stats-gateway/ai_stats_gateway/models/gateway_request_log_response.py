"""Models of Phaseo Gateway API: GatewayRequestLogResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_request_log import GatewayRequestLog


class GatewayRequestLogResponse(BaseModel):
    """The `GatewayRequestLogResponse` schema."""

    ok: bool
    data: GatewayRequestLog
