"""Clients for Schema Features: one method per operation, sync (`Client`) and async (`AsyncClient`)."""

from __future__ import annotations

from . import _endpoints, models
from ._base_client import AsyncClientBase, RequestOptions, SyncClientBase

__all__ = ["AsyncClient", "Client"]


class Client(SyncClientBase):
    """Synchronous client for Schema Features.

    Args:
        api_key: The credential; defaults to the `SCHEMA_FEATURES_API_KEY` environment variable.
        base_url: Defaults to `SCHEMA_FEATURES_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.Client` to send with, for
            proxies, transports or shared pools; it is then yours to close.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    def list_pets(self, *, options: RequestOptions | None = None) -> list[models.Pet]:
        """GET /pets"""
        return self._send(_endpoints.list_pets(), options)


class AsyncClient(AsyncClientBase):
    """Asynchronous client for Schema Features.

    Args:
        api_key: The credential; defaults to the `SCHEMA_FEATURES_API_KEY` environment variable.
        base_url: Defaults to `SCHEMA_FEATURES_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.AsyncClient` to send with, for
            proxies, transports or shared pools; it is then yours to close.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    async def list_pets(self, *, options: RequestOptions | None = None) -> list[models.Pet]:
        """GET /pets"""
        return await self._send(_endpoints.list_pets(), options)
