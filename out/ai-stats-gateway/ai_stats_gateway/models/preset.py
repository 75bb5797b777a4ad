"""Models of Phaseo Gateway API: Preset."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .preset_config import PresetConfig
from .preset_versioning_method import PresetVersioningMethod
from .preset_visibility import PresetVisibility


class Preset(BaseModel):
    """The `Preset` schema.

    Attributes:
        config: Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
    """

    id: str
    workspace_id: str
    name: str
    slug: str
    description: str | None = None
    config: PresetConfig
    visibility: PresetVisibility
    active_version_id: str | None = None
    versioning_method: PresetVersioningMethod
    created_by: str | None = None
    source_preset_id: str | None = None
    source_preset_version_id: str | None = None
    upstream_version_id: str | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
