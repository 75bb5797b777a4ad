"""Models of Phaseo Gateway API: OAuthClientUpdateRequest."""

from __future__ import annotations

from typing import TypeAlias

from .o_auth_client_input import OAuthClientInput

OAuthClientUpdateRequest: TypeAlias = OAuthClientInput
