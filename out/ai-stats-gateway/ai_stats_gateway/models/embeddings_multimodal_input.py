"""Models of Phaseo Gateway API: EmbeddingsMultimodalInput and 13 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class EmbeddingsMultimodalInputContentItemVariant0Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant0`."""

    TEXT = "text"
    INPUT_TEXT = "input_text"


class EmbeddingsMultimodalInputContentItemVariant1Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    IMAGE_URL = "image_url"
    INPUT_IMAGE = "input_image"
    IMAGE = "image"


class EmbeddingsMultimodalInputContentItemVariant2Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant2`."""

    INPUT_AUDIO = "input_audio"


class EmbeddingsMultimodalInputContentItemVariant3Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    INPUT_VIDEO = "input_video"
    VIDEO_URL = "video_url"


class EmbeddingsMultimodalInputContentItemVariant0(BaseModel):
    """The `content_item_variant0` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant0Type
    text: str


class EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1(BaseModel):
    """The `image_url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant1UrlVariant1(BaseModel):
    """The `url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant1(BaseModel):
    """The `content_item_variant1` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant1Type
    image_url: str | EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1 | None = None
    url: str | EmbeddingsMultimodalInputContentItemVariant1UrlVariant1 | None = None


class EmbeddingsMultimodalInputContentItemVariant2InputAudio(BaseModel):
    """The `input_audio` field of `EmbeddingsMultimodalInputContentItemVariant2`."""

    data: str | None = None
    url: str | None = None
    format: str | None = None


class EmbeddingsMultimodalInputContentItemVariant2(BaseModel):
    """The `content_item_variant2` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant2Type
    input_audio: EmbeddingsMultimodalInputContentItemVariant2InputAudio


class EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1(BaseModel):
    """The `video_url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant3UrlVariant1(BaseModel):
    """The `url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    url: str


class EmbeddingsMultimodalInputContentItemVariant3(BaseModel):
    """The `content_item_variant3` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant3Type
    video_url: str | EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1 | None = None
    url: str | EmbeddingsMultimodalInputContentItemVariant3UrlVariant1 | None = None


class EmbeddingsMultimodalInput(BaseModel):
    """Google multimodal embeddings extension item."""

    content: list[
        EmbeddingsMultimodalInputContentItemVariant0
        | EmbeddingsMultimodalInputContentItemVariant1
        | EmbeddingsMultimodalInputContentItemVariant2
        | EmbeddingsMultimodalInputContentItemVariant3
    ]
