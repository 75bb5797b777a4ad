"""Models of Phaseo Gateway API: DynamicRouteEdge."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class DynamicRouteEdge(BaseModel):
    """The `DynamicRouteEdge` schema."""

    id: str
    source: str
    target: str
    source_handle: str | None = Field(default=None, alias="sourceHandle")
