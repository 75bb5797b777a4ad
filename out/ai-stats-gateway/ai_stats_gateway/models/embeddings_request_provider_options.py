"""Models of Phaseo Gateway API: EmbeddingsRequestProviderOptions."""

from __future__ import annotations

from .._base_model import BaseModel
from .embeddings_request_provider_options_google import EmbeddingsRequestProviderOptionsGoogle
from .embeddings_request_provider_options_mistral import EmbeddingsRequestProviderOptionsMistral

__all__ = [
    "EmbeddingsRequestProviderOptions",
]


class EmbeddingsRequestProviderOptions(BaseModel):
    """The `provider_options` field of `EmbeddingsRequest`."""

    google: EmbeddingsRequestProviderOptionsGoogle | None = None
    mistral: EmbeddingsRequestProviderOptionsMistral | None = None
