"""Models of Phaseo Gateway API: EmbeddingsRequestProviderOptionsMistralOutputDtype."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "EmbeddingsRequestProviderOptionsMistralOutputDtype",
]


class EmbeddingsRequestProviderOptionsMistralOutputDtype(OpenEnum):
    """The `output_dtype` field of `EmbeddingsRequestProviderOptionsMistral`."""

    FLOAT = "float"
    INT8 = "int8"
    UINT8 = "uint8"
    BINARY = "binary"
    UBINARY = "ubinary"
