"""Models of Phaseo Gateway API: ErrorResponseErrorType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ErrorResponseErrorType",
]


class ErrorResponseErrorType(OpenEnum):
    """The `error_type` field of `ErrorResponse`."""

    USER = "user"
    SYSTEM = "system"
