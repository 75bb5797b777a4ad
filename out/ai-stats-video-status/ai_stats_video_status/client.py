"""Clients for AI Stats Gateway API: one method per operation, sync (`Client`) and async (`AsyncClient`)."""

from __future__ import annotations

from . import _endpoints, models
from ._base_client import AsyncClientBase, RequestOptions, SyncClientBase

__all__ = ["AsyncClient", "Client"]


class Client(SyncClientBase):
    """Synchronous client for AI Stats Gateway API.

    Args:
        api_key: The credential; defaults to the `AI_STATS_VIDEO_STATUS_API_KEY` environment variable.
        base_url: Defaults to `AI_STATS_VIDEO_STATUS_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.Client` to send with, for
            proxies, transports or shared pools; it is then yours to close.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    def get_video(
        self, video_id: str, *, options: RequestOptions | None = None
    ) -> models.VideoGenerationResponse:
        """Get video status

        Retrieves the status for a video generation request. Poll every 20 seconds unless you are using webhooks.

        Args:
            video_id: The ID of the video generation request.
        """
        return self._send(_endpoints.get_video(video_id), options)


class AsyncClient(AsyncClientBase):
    """Asynchronous client for AI Stats Gateway API.

    Args:
        api_key: The credential; defaults to the `AI_STATS_VIDEO_STATUS_API_KEY` environment variable.
        base_url: Defaults to `AI_STATS_VIDEO_STATUS_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.AsyncClient` to send with, for
            proxies, transports or shared pools; it is then yours to close.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    async def get_video(
        self, video_id: str, *, options: RequestOptions | None = None
    ) -> models.VideoGenerationResponse:
        """Get video status

        Retrieves the status for a video generation request. Poll every 20 seconds unless you are using webhooks.

        Args:
            video_id: The ID of the video generation request.
        """
        return await self._send(_endpoints.get_video(video_id), options)
