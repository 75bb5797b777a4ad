"""Models of Phaseo Gateway API: MusicGenerateRequestSuno."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .music_generate_request_suno_vocal_gender import MusicGenerateRequestSunoVocalGender

__all__ = [
    "MusicGenerateRequestSuno",
]


class MusicGenerateRequestSuno(BaseModel):
    """The `suno` field of `MusicGenerateRequest`."""

    prompt: str | None = None
    style: str | None = None
    title: str | None = None
    custom_mode: bool | None = Field(default=None, alias="customMode")
    instrumental: bool | None = None
    persona_id: str | None = Field(default=None, alias="personaId")
    model: str | None = None
    negative_tags: str | None = Field(default=None, alias="negativeTags")
    vocal_gender: MusicGenerateRequestSunoVocalGender | None = Field(
        default=None, alias="vocalGender"
    )
    style_weight: int | float | None = Field(default=None, alias="styleWeight")
    weirdness_constraint: int | float | None = Field(default=None, alias="weirdnessConstraint")
    audio_weight: int | float | None = Field(default=None, alias="audioWeight")
    call_back_url: str | None = Field(default=None, alias="callBackUrl")
