"""Models of Phaseo Gateway API: DynamicRouteAction."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .workspace_routing_mode import WorkspaceRoutingMode


class DynamicRouteAction(BaseModel):
    """The `DynamicRouteAction` schema."""

    model: str | None = None
    field_model_fallbacks: list[str] | None = Field(default=None, alias="modelFallbacks")
    routing_mode: WorkspaceRoutingMode | None = Field(default=None, alias="routingMode")
    provider_order: list[str] | None = Field(default=None, alias="providerOrder")
    provider_only: list[str] | None = Field(default=None, alias="providerOnly")
    provider_ignore: list[str] | None = Field(default=None, alias="providerIgnore")
    allow_fallbacks: bool | None = Field(default=None, alias="allowFallbacks")
