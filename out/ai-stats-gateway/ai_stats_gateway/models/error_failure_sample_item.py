"""Models of Phaseo Gateway API: ErrorFailureSampleItem."""

from __future__ import annotations

from .._base_model import BaseModel


class ErrorFailureSampleItem(BaseModel):
    """The `ErrorFailureSampleItem` schema."""

    provider: str | None = None
    type: str | None = None
    status: int | None = None
    upstream_error_code: str | None = None
    upstream_error_message: str | None = None
    upstream_error_description: str | None = None
    upstream_error_param: str | None = None
    upstream_payload_preview: str | None = None
    retryable: bool | None = None
