"""Models of Phaseo Gateway API: ParseRequest and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .debug_options import DebugOptions
from .provider_routing_options import ProviderRoutingOptions


class ParseRequestDocumentType(OpenEnum):
    """The `type` field of `ParseRequestDocument`."""

    IMAGE_URL = "image_url"


class ParseRequestOutputFormat(OpenEnum):
    """The `output_format` field of `ParseRequest`."""

    MARKDOWN = "markdown"
    BLOCKS = "blocks"


class ParseRequestDocument(BaseModel):
    """The `document` field of `ParseRequest`.

    Attributes:
        image_url: Remote http(s) image URL or base64 image data URI. Maximum 20 MB and 50 megapixels or 200 MB decoded.
    """

    type: ParseRequestDocumentType
    image_url: str


class ParseRequest(BaseModel):
    """The `ParseRequest` schema.

    Attributes:
        output_format: Server default: "markdown".
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
        routing: Provider routing preferences for gateway selection.
    """

    model: str
    document: ParseRequestDocument
    output_format: ParseRequestOutputFormat | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None
    routing: ProviderRoutingOptions | None = None
