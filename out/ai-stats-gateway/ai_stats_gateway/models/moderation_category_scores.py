"""Models of Phaseo Gateway API: ModerationCategoryScores."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class ModerationCategoryScores(BaseModel):
    """The `ModerationCategoryScores` schema."""

    hate: int | float | None = None
    hate_threatening: int | float | None = Field(default=None, alias="hate/threatening")
    harassment: int | float | None = None
    harassment_threatening: int | float | None = Field(default=None, alias="harassment/threatening")
    self_harm: int | float | None = Field(default=None, alias="self-harm")
    self_harm_intent: int | float | None = Field(default=None, alias="self-harm/intent")
    self_harm_instructions: int | float | None = Field(default=None, alias="self-harm/instructions")
    sexual: int | float | None = None
    sexual_minors: int | float | None = Field(default=None, alias="sexual/minors")
    violence: int | float | None = None
    violence_graphic: int | float | None = Field(default=None, alias="violence/graphic")
