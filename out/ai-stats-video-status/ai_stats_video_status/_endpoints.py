"""How each operation of AI Stats Gateway API maps to an HTTP request and its responses.

Shared by `Client` and `AsyncClient`: one function per operation builds its `Endpoint`.
"""

from __future__ import annotations

from . import models
from ._base_client import Endpoint, ResponseSpec

SECURITY_SCHEMES: dict[str, tuple[str, str, str]] = {
    "BearerAuth": ("bearer", "header", "Authorization"),
}


def get_video(video_id: str) -> Endpoint[models.VideoGenerationResponse]:
    return Endpoint(
        operation="get_video",
        method="GET",
        path="/videos/{video_id}",
        path_params={"video_id": video_id},
        responses={
            "200": ResponseSpec("json", models.VideoGenerationResponse),
        },
        security=[["BearerAuth"]],
    )
