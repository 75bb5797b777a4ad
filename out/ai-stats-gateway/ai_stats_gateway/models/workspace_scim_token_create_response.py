"""Models of Phaseo Gateway API: WorkspaceScimTokenCreateResponse, WorkspaceScimTokenCreateResponseData."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class WorkspaceScimTokenCreateResponseData(BaseModel):
    """The `data` field of `WorkspaceScimTokenCreateResponse`.

    Attributes:
        token: Raw SCIM bearer token. Returned only once.
    """

    id: str
    token_prefix: str
    label: str
    created_at: DateTime | None = None
    expires_at: DateTime | None = None
    last_used_at: DateTime | None = None
    revoked_at: DateTime | None = None
    token: str


class WorkspaceScimTokenCreateResponse(BaseModel):
    """The `WorkspaceScimTokenCreateResponse` schema."""

    data: WorkspaceScimTokenCreateResponseData
