"""Models of Phaseo Gateway API: ManagementKeyRuntimeCreateResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .management_key_runtime_created import ManagementKeyRuntimeCreated


class ManagementKeyRuntimeCreateResponse(BaseModel):
    """The `ManagementKeyRuntimeCreateResponse` schema."""

    data: ManagementKeyRuntimeCreated
