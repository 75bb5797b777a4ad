"""Models of Phaseo Gateway API: EmbeddingsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .embedding import Embedding
from .usage import Usage


class EmbeddingsResponse(BaseModel):
    """The `EmbeddingsResponse` schema."""

    object: str | None = None
    data: list[Embedding] | None = None
    model: str | None = None
    usage: Usage | None = None
