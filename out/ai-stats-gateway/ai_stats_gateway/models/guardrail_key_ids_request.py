"""Models of Phaseo Gateway API: GuardrailKeyIdsRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class GuardrailKeyIdsRequest(BaseModel):
    """The `GuardrailKeyIdsRequest` schema."""

    key_ids: list[str]
