"""Models of Phaseo Gateway API: ProviderOptionsOpenaiContextManagement."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_options_openai_context_management_type import (
    ProviderOptionsOpenaiContextManagementType,
)

__all__ = [
    "ProviderOptionsOpenaiContextManagement",
]


class ProviderOptionsOpenaiContextManagement(BaseModel):
    """Optional OpenAI context management configuration."""

    type: ProviderOptionsOpenaiContextManagementType
    compact_threshold: int | float | None = None
