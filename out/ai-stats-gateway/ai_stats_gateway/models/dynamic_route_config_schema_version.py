"""Models of Phaseo Gateway API: DynamicRouteConfigSchemaVersion."""

from __future__ import annotations

from .._base_model import OpenIntEnum

__all__ = [
    "DynamicRouteConfigSchemaVersion",
]


class DynamicRouteConfigSchemaVersion(OpenIntEnum):
    """The `schemaVersion` field of `DynamicRouteConfig`."""

    VALUE_2 = 2
