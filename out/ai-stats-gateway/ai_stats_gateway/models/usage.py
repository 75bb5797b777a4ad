"""Models of Phaseo Gateway API: Usage."""

from __future__ import annotations

from .._base_model import BaseModel
from .server_tool_usage import ServerToolUsage


class Usage(BaseModel):
    """The `Usage` schema."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    server_tool_use: ServerToolUsage | None = None
