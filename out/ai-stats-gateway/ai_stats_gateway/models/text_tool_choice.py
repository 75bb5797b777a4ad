"""Models of Phaseo Gateway API: TextToolChoice, TextToolChoiceVariant0."""

from __future__ import annotations

from typing import Any, TypeAlias

from .._base_model import OpenEnum


class TextToolChoiceVariant0(OpenEnum):
    """The `variant0` field of `TextToolChoice`."""

    AUTO = "auto"
    NONE = "none"
    REQUIRED = "required"
    PHASEO_DATETIME = "phaseo:datetime"
    PHASEO_WEB_SEARCH = "phaseo:web_search"
    PHASEO_WEB_FETCH = "phaseo:web_fetch"
    PHASEO_SUBAGENT = "phaseo:subagent"
    PHASEO_FUSION = "phaseo:fusion"
    PHASEO_SEARCH_MODELS = "phaseo:search_models"
    GATEWAY_DATETIME = "gateway:datetime"
    GATEWAY_WEB_SEARCH = "gateway:web_search"
    GATEWAY_WEB_FETCH = "gateway:web_fetch"


# Tool selection strategy. Phaseo server-tool types are accepted and rewritten into upstream function/tool targets.
TextToolChoice: TypeAlias = TextToolChoiceVariant0 | dict[str, Any]
