"""Models of Phaseo Gateway API: EndpointCatalogueResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .endpoint_catalogue_entry import EndpointCatalogueEntry
from .model_id import ModelId


class EndpointCatalogueResponse(BaseModel):
    """The `EndpointCatalogueResponse` schema."""

    ok: bool
    endpoints: list[str]
    data: list[EndpointCatalogueEntry]
    sample_models: list[ModelId]
