"""Models of Phaseo Gateway API: ModerationCategories."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class ModerationCategories(BaseModel):
    """The `ModerationCategories` schema."""

    hate: bool | None = None
    hate_threatening: bool | None = Field(default=None, alias="hate/threatening")
    harassment: bool | None = None
    harassment_threatening: bool | None = Field(default=None, alias="harassment/threatening")
    self_harm: bool | None = Field(default=None, alias="self-harm")
    self_harm_intent: bool | None = Field(default=None, alias="self-harm/intent")
    self_harm_instructions: bool | None = Field(default=None, alias="self-harm/instructions")
    sexual: bool | None = None
    sexual_minors: bool | None = Field(default=None, alias="sexual/minors")
    violence: bool | None = None
    violence_graphic: bool | None = Field(default=None, alias="violence/graphic")
