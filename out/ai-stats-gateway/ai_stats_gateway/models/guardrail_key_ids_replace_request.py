"""Models of Phaseo Gateway API: GuardrailKeyIdsReplaceRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class GuardrailKeyIdsReplaceRequest(BaseModel):
    """The `GuardrailKeyIdsReplaceRequest` schema."""

    key_ids: list[str]
