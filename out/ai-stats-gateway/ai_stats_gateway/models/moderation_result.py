"""Models of Phaseo Gateway API: ModerationResult."""

from __future__ import annotations

from .._base_model import BaseModel
from .moderation_categories import ModerationCategories
from .moderation_category_scores import ModerationCategoryScores


class ModerationResult(BaseModel):
    """The `ModerationResult` schema."""

    flagged: bool | None = None
    categories: ModerationCategories | None = None
    category_scores: ModerationCategoryScores | None = None
