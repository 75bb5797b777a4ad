"""Models of Phaseo Gateway API: DynamicRouteKeysUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class DynamicRouteKeysUpdateRequest(BaseModel):
    """The `DynamicRouteKeysUpdateRequest` schema."""

    key_ids: list[str]
