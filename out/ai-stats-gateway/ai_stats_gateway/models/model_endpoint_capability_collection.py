"""Models of Phaseo Gateway API: ModelEndpointCapabilityCollection."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ModelEndpointCapabilityCollection",
]


class ModelEndpointCapabilityCollection(OpenEnum):
    """The `collection` field of `ModelEndpointCapability`."""

    TEXT = "text"
    IMAGES = "images"
    VIDEO = "video"
    AUDIO = "audio"
    EMBEDDINGS = "embeddings"
    RERANK = "rerank"
    MODERATION = "moderation"
    OCR = "ocr"
    MUSIC = "music"
    BATCH = "batch"
    FILES = "files"
