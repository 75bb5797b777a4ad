"""Models of Phaseo Gateway API: ParseRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .debug_options import DebugOptions
from .parse_request_document import ParseRequestDocument
from .parse_request_output_format import ParseRequestOutputFormat
from .provider_routing_options import ProviderRoutingOptions

__all__ = [
    "ParseRequest",
]


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
