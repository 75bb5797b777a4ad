"""Models of Phaseo Gateway API: DynamicRouteKeysResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "DynamicRouteKeysResponseData",
]


class DynamicRouteKeysResponseData(BaseModel):
    """The `data` field of `DynamicRouteKeysResponse`."""

    id: str
    key_ids: list[str]
