"""Models of Phaseo Gateway API: PresetCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_config import PresetConfig
from .preset_versioning_method import PresetVersioningMethod
from .preset_visibility import PresetVisibility


class PresetCreateRequest(BaseModel):
    """The `PresetCreateRequest` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
    """

    name: str
    slug: str | None = None
    description: str | None = None
    config: PresetConfig | None = None
    visibility: PresetVisibility | None = None
    versioning_method: PresetVersioningMethod | None = None
