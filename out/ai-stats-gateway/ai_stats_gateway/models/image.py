"""Models of Phaseo Gateway API: Image."""

from __future__ import annotations

from .._base_model import BaseModel


class Image(BaseModel):
    """The `Image` schema."""

    url: str | None = None
    b64_json: str | None = None
    revised_prompt: str | None = None
