"""Models of Phaseo Gateway API: TextToolChoiceVariant0."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "TextToolChoiceVariant0",
]


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
