"""Models of Phaseo Gateway API: ParseRequestDocumentType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseRequestDocumentType",
]


class ParseRequestDocumentType(OpenEnum):
    """The `type` field of `ParseRequestDocument`."""

    IMAGE_URL = "image_url"
