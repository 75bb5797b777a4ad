"""Waiting on jobs: when a status response ends the wait and how long to sleep, shared by both clients."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import JobFailedError, WaitTimeoutError


@dataclass(frozen=True)
class WaitRule:
    """How to read a job's status response: attribute names and the terminal status values."""

    waiter: str
    status: str
    success: tuple[str, ...]
    failure: tuple[str, ...]
    interval: str | None = None
    error: str | None = None


def job_status(rule: WaitRule, response: Any) -> str:
    """The status of a response as text (an enum member's raw value, or the string)."""
    value = getattr(response, rule.status, None)
    return str(getattr(value, "value", value))


def is_finished(rule: WaitRule, response: Any) -> bool:
    """True on a success status, False while running; raises `JobFailedError` on a failure status."""
    status = job_status(rule, response)
    if status in rule.success:
        return True
    if status in rule.failure:
        error = getattr(response, rule.error, None) if rule.error else None
        raise JobFailedError(
            f"{rule.waiter}: the job ended with status {status!r}",
            last=response,
            status=status,
            error=error,
        )
    return False


def next_delay(rule: WaitRule, response: Any, default: float, now: float, deadline: float) -> float:
    """Seconds to sleep before the next poll: the server's interval if it gives one, within the deadline."""
    if now >= deadline:
        raise WaitTimeoutError(
            f"{rule.waiter}: the job is still {job_status(rule, response)!r} after the timeout",
            last=response,
        )
    requested = getattr(response, rule.interval, None) if rule.interval else None
    interval = (
        float(requested) if isinstance(requested, (int, float)) and requested > 0 else default
    )
    return min(interval, deadline - now)
