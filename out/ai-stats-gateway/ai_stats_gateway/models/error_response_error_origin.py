"""Models of Phaseo Gateway API: ErrorResponseErrorOrigin."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ErrorResponseErrorOrigin",
]


class ErrorResponseErrorOrigin(OpenEnum):
    """The `error_origin` field of `ErrorResponse`."""

    USER = "user"
    GATEWAY = "gateway"
    UPSTREAM = "upstream"
