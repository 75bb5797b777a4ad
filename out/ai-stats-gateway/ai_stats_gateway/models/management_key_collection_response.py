"""Models of Phaseo Gateway API: ManagementKeyCollectionResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .management_key_runtime import ManagementKeyRuntime


class ManagementKeyCollectionResponse(BaseModel):
    """The `ManagementKeyCollectionResponse` schema."""

    data: list[ManagementKeyRuntime]
