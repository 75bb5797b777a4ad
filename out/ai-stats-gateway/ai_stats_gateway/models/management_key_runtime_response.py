"""Models of Phaseo Gateway API: ManagementKeyRuntimeResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .management_key_runtime import ManagementKeyRuntime


class ManagementKeyRuntimeResponse(BaseModel):
    """The `ManagementKeyRuntimeResponse` schema."""

    data: ManagementKeyRuntime
