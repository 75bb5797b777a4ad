"""Models of Phaseo Gateway API: MusicGenerateRequest and 4 more."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .debug_options import DebugOptions
from .provider_routing_options import ProviderRoutingOptions


class MusicGenerateRequestFormat(OpenEnum):
    """The `format` field of `MusicGenerateRequest`."""

    MP3 = "mp3"
    WAV = "wav"
    OGG = "ogg"
    AAC = "aac"


class MusicGenerateRequestSunoVocalGender(OpenEnum):
    """The `vocalGender` field of `MusicGenerateRequestSuno`."""

    M = "m"
    F = "f"


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


class MusicGenerateRequest(BaseModel):
    """The `MusicGenerateRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
        debug: Gateway debug controls. These flags are never forwarded upstream.
    """

    model: str
    prompt: str | None = None
    duration: int | None = None
    format: MusicGenerateRequestFormat | None = None
    provider: ProviderRoutingOptions | None = None
    suno: MusicGenerateRequestSuno | None = None
    elevenlabs: MusicGenerateRequestElevenlabs | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
