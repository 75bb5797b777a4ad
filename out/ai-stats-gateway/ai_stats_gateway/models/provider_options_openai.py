"""Models of Phaseo Gateway API: ProviderOptionsOpenai."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_options_openai_context_management import ProviderOptionsOpenaiContextManagement

__all__ = [
    "ProviderOptionsOpenai",
]


class ProviderOptionsOpenai(BaseModel):
    """The `openai` field of `ProviderOptions`.

    Attributes:
        context_management: Optional OpenAI context management configuration.
    """

    context_management: ProviderOptionsOpenaiContextManagement | None = None
    prompt_cache_retention: str | None = None
