"""Models of Phaseo Gateway API: EmbeddingsRequest and 5 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .debug_options import DebugOptions
from .embeddings_multimodal_input import EmbeddingsMultimodalInput
from .provider_routing_options import ProviderRoutingOptions


class EmbeddingsRequestEncodingFormat(OpenEnum):
    """The `encoding_format` field of `EmbeddingsRequest`."""

    FLOAT = "float"
    BASE64 = "base64"


class EmbeddingsRequestProviderOptionsMistralOutputDtype(OpenEnum):
    """The `output_dtype` field of `EmbeddingsRequestProviderOptionsMistral`."""

    FLOAT = "float"
    INT8 = "int8"
    UINT8 = "uint8"
    BINARY = "binary"
    UBINARY = "ubinary"


class EmbeddingsRequestProviderOptionsGoogle(BaseModel):
    """The `google` field of `EmbeddingsRequestProviderOptions`."""

    task_type: str | None = None
    title: str | None = None


class EmbeddingsRequestProviderOptionsMistral(BaseModel):
    """The `mistral` field of `EmbeddingsRequestProviderOptions`."""

    output_dtype: EmbeddingsRequestProviderOptionsMistralOutputDtype | None = None


class EmbeddingsRequestProviderOptions(BaseModel):
    """The `provider_options` field of `EmbeddingsRequest`."""

    google: EmbeddingsRequestProviderOptionsGoogle | None = None
    mistral: EmbeddingsRequestProviderOptionsMistral | None = None


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
