"""Models of Phaseo Gateway API: ReasoningConfig."""

from __future__ import annotations

from .._base_model import BaseModel
from .reasoning_config_effort import ReasoningConfigEffort
from .reasoning_config_mode import ReasoningConfigMode
from .reasoning_config_summary import ReasoningConfigSummary

__all__ = [
    "ReasoningConfig",
]


class ReasoningConfig(BaseModel):
    """The `ReasoningConfig` schema.

    Attributes:
        effort: Server default: "medium".
        summary: Server default: "auto".
    """

    effort: ReasoningConfigEffort | None = None
    mode: ReasoningConfigMode | None = None
    summary: ReasoningConfigSummary | None = None
    enabled: bool | None = None
    max_tokens: int | None = None
