"""Models of Phaseo Gateway API: EmbeddingsRequestEncodingFormat."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "EmbeddingsRequestEncodingFormat",
]


class EmbeddingsRequestEncodingFormat(OpenEnum):
    """The `encoding_format` field of `EmbeddingsRequest`."""

    FLOAT = "float"
    BASE64 = "base64"
