"""Models of Phaseo Gateway API: DynamicRouteConfig, DynamicRouteConfigSchemaVersion."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, OpenIntEnum
from .dynamic_route_action import DynamicRouteAction
from .dynamic_route_edge import DynamicRouteEdge
from .dynamic_route_node import DynamicRouteNode
from .dynamic_route_rule import DynamicRouteRule


class DynamicRouteConfigSchemaVersion(OpenIntEnum):
    """The `schemaVersion` field of `DynamicRouteConfig`."""

    VALUE_2 = 2


class DynamicRouteConfig(BaseModel):
    """The `DynamicRouteConfig` schema."""

    schema_version: DynamicRouteConfigSchemaVersion | None = Field(
        default=None, alias="schemaVersion"
    )
    entry_node_id: str | None = Field(default=None, alias="entryNodeId")
    nodes: list[DynamicRouteNode] | None = None
    edges: list[DynamicRouteEdge] | None = None
    cache_aware_routing: bool | None = Field(default=None, alias="cacheAwareRouting")
    session_affinity: bool | None = Field(default=None, alias="sessionAffinity")
    default_action: DynamicRouteAction | None = Field(default=None, alias="defaultAction")
    rules: list[DynamicRouteRule] | None = None
