"""Models of Phaseo Gateway API: EmbeddingsRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .debug_options import DebugOptions
from .embeddings_multimodal_input import EmbeddingsMultimodalInput
from .embeddings_request_encoding_format import EmbeddingsRequestEncodingFormat
from .embeddings_request_provider_options import EmbeddingsRequestProviderOptions
from .provider_routing_options import ProviderRoutingOptions

__all__ = [
    "EmbeddingsRequest",
]


class EmbeddingsRequest(BaseModel):
    """The `EmbeddingsRequest` schema.

    Attributes:
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    input: (
        str
        | list[int]
        | EmbeddingsMultimodalInput
        | list[str | list[int] | EmbeddingsMultimodalInput]
    )
    encoding_format: EmbeddingsRequestEncodingFormat | None = None
    dimensions: int | None = None
    provider_options: EmbeddingsRequestProviderOptions | None = None
    user: str | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None
