"""Models of Phaseo Gateway API: MusicGenerateRequestElevenlabs."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "MusicGenerateRequestElevenlabs",
]


class MusicGenerateRequestElevenlabs(BaseModel):
    """The `elevenlabs` field of `MusicGenerateRequest`."""

    prompt: str | None = None
    composition_plan: dict[str, Any] | None = None
    music_length_ms: int | None = None
    field_model_id: str | None = Field(default=None, alias="model_id")
    force_instrumental: bool | None = None
    store_for_inpainting: bool | None = None
    with_timestamps: bool | None = None
    sign_with_c2pa: bool | None = None
    output_format: str | None = None
