"""Models of Phaseo Gateway API: GatewayWebFetchToolDefinition, GatewayWebFetchToolDefinitionParameters, GatewayWebFetchToolDefinitionType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class GatewayWebFetchToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayWebFetchToolDefinition`."""

    PHASEO_WEB_FETCH = "phaseo:web_fetch"
    GATEWAY_WEB_FETCH = "gateway:web_fetch"


class GatewayWebFetchToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayWebFetchToolDefinition`."""

    max_chars: int | None = None


class GatewayWebFetchToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway fetches one HTTP(S) page, reduces it to bounded text, and injects the result back into the model tool loop."""

    type: GatewayWebFetchToolDefinitionType
    parameters: GatewayWebFetchToolDefinitionParameters | None = None
    max_chars: int | None = None
