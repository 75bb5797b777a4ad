"""Models of Phaseo Gateway API: ParseImageCategory."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ParseImageCategory",
]


class ParseImageCategory(OpenEnum):
    """The `category` field of `ParseImage`."""

    OTHER = "other"
    FLOWCHART = "flowchart"
    LOGO = "logo"
    SIGNATURE = "signature"
