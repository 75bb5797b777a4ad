"""Models of Phaseo Gateway API: ChatCompletionsRequestProviderVariant0."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatCompletionsRequestProviderVariant0",
]


class ChatCompletionsRequestProviderVariant0(OpenEnum):
    """The `provider_variant0` field of `ChatCompletionsRequest`."""

    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GOOGLE_AI_STUDIO = "google-ai-studio"
    GEMINI = "gemini"
    MISTRAL = "mistral"
    X_AI = "x-ai"
    XAI = "xai"
    GROQ = "groq"
    TOGETHER = "together"
