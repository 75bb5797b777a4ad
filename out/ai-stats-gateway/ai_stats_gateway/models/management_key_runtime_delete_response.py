"""Models of Phaseo Gateway API: ManagementKeyRuntimeDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class ManagementKeyRuntimeDeleteResponse(BaseModel):
    """The `ManagementKeyRuntimeDeleteResponse` schema."""

    deleted: bool
