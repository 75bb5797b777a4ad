"""Models of Phaseo Gateway API: EmbeddingsRequestProviderOptionsGoogle."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "EmbeddingsRequestProviderOptionsGoogle",
]


class EmbeddingsRequestProviderOptionsGoogle(BaseModel):
    """The `google` field of `EmbeddingsRequestProviderOptions`."""

    task_type: str | None = None
    title: str | None = None
