"""Models of Phaseo Gateway API: OpenAsyncJobWebSocketKind."""

from __future__ import annotations

from .._base_model import OpenEnum


class OpenAsyncJobWebSocketKind(OpenEnum):
    """The `kind` schema of the `open_async_job_web_socket` operation."""

    BATCH = "batch"
    VIDEO = "video"
