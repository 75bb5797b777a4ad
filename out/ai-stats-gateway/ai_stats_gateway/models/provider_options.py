"""Models of Phaseo Gateway API: ProviderOptions and 5 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .cache_control import CacheControl


class ProviderOptionsOpenaiContextManagementType(OpenEnum):
    """The `type` field of `ProviderOptionsOpenaiContextManagement`."""

    COMPACTION = "compaction"


class ProviderOptionsOpenaiContextManagement(BaseModel):
    """Optional OpenAI context management configuration."""

    type: ProviderOptionsOpenaiContextManagementType
    compact_threshold: int | float | None = None


class ProviderOptionsOpenai(BaseModel):
    """The `openai` field of `ProviderOptions`.

    Attributes:
        context_management: Optional OpenAI context management configuration.
    """

    context_management: ProviderOptionsOpenaiContextManagement | None = None
    prompt_cache_retention: str | None = None


class ProviderOptionsAnthropic(BaseModel):
    """The `anthropic` field of `ProviderOptions`."""

    cache_control: CacheControl | None = None


class ProviderOptionsGoogle(BaseModel):
    """The `google` field of `ProviderOptions`."""

    cache_control: CacheControl | None = None
    cached_content: str | None = None
    cache_ttl: str | None = None


class ProviderOptions(BaseModel):
    """Optional provider-specific options."""

    openai: ProviderOptionsOpenai | None = None
    anthropic: ProviderOptionsAnthropic | None = None
    google: ProviderOptionsGoogle | None = None
