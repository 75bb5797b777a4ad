"""Models of Phaseo Gateway API: ProviderOptions."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_options_anthropic import ProviderOptionsAnthropic
from .provider_options_google import ProviderOptionsGoogle
from .provider_options_openai import ProviderOptionsOpenai

__all__ = [
    "ProviderOptions",
]


class ProviderOptions(BaseModel):
    """Optional provider-specific options."""

    openai: ProviderOptionsOpenai | None = None
    anthropic: ProviderOptionsAnthropic | None = None
    google: ProviderOptionsGoogle | None = None
