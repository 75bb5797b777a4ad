"""Models of Phaseo Gateway API: ApiKeyWithValue."""

from __future__ import annotations

from .api_key import ApiKey


class ApiKeyWithValue(ApiKey):
    """The `ApiKeyWithValue` schema.

    Attributes:
        key: Plaintext API key. Returned only once at creation time.
    """

    key: str
