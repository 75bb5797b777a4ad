"""Models of Phaseo Gateway API: EmbeddingsRequestProviderOptionsMistral."""

from __future__ import annotations

from .._base_model import BaseModel
from .embeddings_request_provider_options_mistral_output_dtype import (
    EmbeddingsRequestProviderOptionsMistralOutputDtype,
)

__all__ = [
    "EmbeddingsRequestProviderOptionsMistral",
]


class EmbeddingsRequestProviderOptionsMistral(BaseModel):
    """The `mistral` field of `EmbeddingsRequestProviderOptions`."""

    output_dtype: EmbeddingsRequestProviderOptionsMistralOutputDtype | None = None
