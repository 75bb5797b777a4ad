"""Models of Phaseo Gateway API: PresetVersion."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .preset_config import PresetConfig
from .preset_versioning_method import PresetVersioningMethod
from .preset_visibility import PresetVisibility


class PresetVersion(BaseModel):
    """The `PresetVersion` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
    """

    id: str
    preset_id: str
    version_number: int
    version_label: str
    versioning_method: PresetVersioningMethod
    name: str
    slug: str
    description: str | None = None
    config: PresetConfig
    visibility: PresetVisibility
    release_notes: str | None = None
    created_by: str
    created_at: DateTime
