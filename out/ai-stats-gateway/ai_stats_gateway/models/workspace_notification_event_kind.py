"""Models of Phaseo Gateway API: WorkspaceNotificationEventKind."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceNotificationEventKind(OpenEnum):
    """The `WorkspaceNotificationEventKind` schema."""

    LOW_BALANCE = "low_balance"
    AUTO_TOP_UP_FAILED = "auto_top_up_failed"
    PAYMENT_METHOD_EXPIRING = "payment_method_expiring"
    MODEL_DEPRECATION = "model_deprecation"
