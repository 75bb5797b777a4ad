"""Models of Phaseo Gateway API: ReasoningConfig and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ReasoningConfigEffort(OpenEnum):
    """The `effort` field of `ReasoningConfig`."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"
    MAX = "max"


class ReasoningConfigMode(OpenEnum):
    """The `mode` field of `ReasoningConfig`."""

    STANDARD = "standard"
    PRO = "pro"


class ReasoningConfigSummary(OpenEnum):
    """The `summary` field of `ReasoningConfig`."""

    AUTO = "auto"
    CONCISE = "concise"
    DETAILED = "detailed"


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
