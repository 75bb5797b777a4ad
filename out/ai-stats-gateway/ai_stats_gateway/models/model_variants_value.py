"""Models of Phaseo Gateway API: ModelVariantsValue."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "ModelVariantsValue",
]


class ModelVariantsValue(BaseModel):
    """The `variants_value` field of `Model`."""

    field_model_id: str = Field(alias="model_id")
    name: str
