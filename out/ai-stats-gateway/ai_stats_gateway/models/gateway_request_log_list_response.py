"""Models of Phaseo Gateway API: GatewayRequestLogListResponse."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .gateway_request_log import GatewayRequestLog


class GatewayRequestLogListResponse(BaseModel):
    """The `GatewayRequestLogListResponse` schema."""

    ok: bool
    data: list[GatewayRequestLog]
    total: int
    limit: int
    offset: int
    from_time: DateTime
    to_time: DateTime | None
