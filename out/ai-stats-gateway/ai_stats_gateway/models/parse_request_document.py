"""Models of Phaseo Gateway API: ParseRequestDocument."""

from __future__ import annotations

from .._base_model import BaseModel
from .parse_request_document_type import ParseRequestDocumentType

__all__ = [
    "ParseRequestDocument",
]


class ParseRequestDocument(BaseModel):
    """The `document` field of `ParseRequest`.

    Attributes:
        image_url: Remote http(s) image URL or base64 image data URI. Maximum 20 MB and 50 megapixels or 200 MB decoded.
    """

    type: ParseRequestDocumentType
    image_url: str
