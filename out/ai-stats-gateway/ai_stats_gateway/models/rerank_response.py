"""Models of Phaseo Gateway API: RerankResponse."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .rerank_result import RerankResult
from .usage import Usage


class RerankResponse(BaseModel):
    """The `RerankResponse` schema."""

    object: str | None = None
    id: str | None = None
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    model: str | None = None
    results: list[RerankResult] | None = None
    usage: Usage | None = None
