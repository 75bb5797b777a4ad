"""Models of Phaseo Gateway API: RerankResult."""

from __future__ import annotations

from .._base_model import BaseModel
from .rerank_document import RerankDocument


class RerankResult(BaseModel):
    """The `RerankResult` schema."""

    index: int | None = None
    relevance_score: int | float | None = None
    document: RerankDocument | None = None
