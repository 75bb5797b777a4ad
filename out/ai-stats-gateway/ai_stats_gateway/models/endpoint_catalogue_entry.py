"""Models of Phaseo Gateway API: EndpointCatalogueEntry."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class EndpointCatalogueEntry(BaseModel):
    """The `EndpointCatalogueEntry` schema."""

    id: str
    capability_id: str
    public_path: str
    collection: str
    field_model_count: int = Field(alias="model_count")
    provider_count: int
