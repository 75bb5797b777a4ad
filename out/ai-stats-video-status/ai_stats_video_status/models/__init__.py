"""Models of AI Stats Gateway API: pydantic v2 classes for every schema in the spec.

Each lives in a module of this package that is imported on first use: `models.Pet` (or
`from ai_stats_video_status.models import Pet`) imports the module defining `Pet` and those it
refers to, not the others.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._base_model import BaseModel as BaseModel
    from .video_generation_response import (
        VideoGenerationResponse as VideoGenerationResponse,
        VideoGenerationResponseAsset as VideoGenerationResponseAsset,
        VideoGenerationResponseOutputAccess as VideoGenerationResponseOutputAccess,
        VideoGenerationResponseStatus as VideoGenerationResponseStatus,
        VideoGenerationResponseUsage as VideoGenerationResponseUsage,
    )
    from .video_output import VideoOutput as VideoOutput

# Where each name is defined, one "name module" pair a line: the module of this package to
# import on first use. (Text rather than a dict display: formatting thousands of entries took
# black longer than any other part of this file.)
_INDEX = """
VideoGenerationResponse video_generation_response
VideoGenerationResponseAsset video_generation_response
VideoGenerationResponseOutputAccess video_generation_response
VideoGenerationResponseStatus video_generation_response
VideoGenerationResponseUsage video_generation_response
VideoOutput video_output
"""
_MODULES: dict[str, str] = {
    name: module for name, module in (line.split() for line in _INDEX.split("\n") if line)
}

# Only at run time: type checkers see the names imported above (`X as X`: re-exported), not a
# catch-all attribute.
if not TYPE_CHECKING:
    __all__ = list(_MODULES)

    def __getattr__(name: str) -> Any:
        if name in _MODULES:
            module = _import_module(f".{_MODULES[name]}", __name__)
        elif name == "BaseModel":  # the base of every model, which brings pydantic
            module = _import_module(".._base_model", __name__)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(module, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
