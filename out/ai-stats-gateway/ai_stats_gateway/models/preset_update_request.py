"""Models of Phaseo Gateway API: PresetUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_config import PresetConfig
from .preset_versioning_method import PresetVersioningMethod
from .preset_visibility import PresetVisibility


class PresetUpdateRequest(BaseModel):
    """The `PresetUpdateRequest` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
        replace_config: Replace the draft config instead of merging top-level fields.
    """

    name: str | None = None
    slug: str | None = None
    description: str | None = None
    config: PresetConfig | None = None
    replace_config: bool | None = None
    visibility: PresetVisibility | None = None
    versioning_method: PresetVersioningMethod | None = None
