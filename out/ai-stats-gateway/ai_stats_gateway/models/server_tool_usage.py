"""Models of Phaseo Gateway API: ServerToolUsage."""

from __future__ import annotations

from .._base_model import BaseModel


class ServerToolUsage(BaseModel):
    """The `ServerToolUsage` schema."""

    datetime_requests: int | None = None
    web_search_requests: int | None = None
    subagent_requests: int | None = None
    fusion_requests: int | None = None
    search_models_requests: int | None = None
    web_fetch_requests: int | None = None
    advisor_requests: int | None = None
    image_generation_requests: int | None = None
    apply_patch_requests: int | None = None
