"""Models of Phaseo Gateway API: ActivityEntry."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, Date


class ActivityEntry(BaseModel):
    """The `ActivityEntry` schema."""

    date: Date
    model: str
    field_model_permaslug: str = Field(alias="model_permaslug")
    endpoint_id: str
    provider_name: str
    usage: int | float
    byok_usage_inference: int | float
    requests: int
    prompt_tokens: int
    completion_tokens: int
    reasoning_tokens: int
