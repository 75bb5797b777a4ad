"""When to retry a request and how long to wait: pure functions shared by both clients."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

# RFC 9110 §9.2.2: these methods may be repeated without changing the outcome.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({408, 409, 429})
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry and the bounds of the exponential backoff, in seconds."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25


def is_retryable_status(status_code: int) -> bool:
    """408, 409, 429 and every 5xx are worth another try."""
    return status_code in RETRY_STATUSES or status_code >= 500


def is_retryable_error(error: BaseException) -> bool:
    """Timeouts and transport failures (refused, reset, cut mid-body) are worth another try."""
    return isinstance(error, httpx.TransportError)


def may_repeat(method: str, has_idempotency_key: bool) -> bool:
    """A request may be sent again if its method is idempotent or it carries an idempotency key."""
    return method.upper() in IDEMPOTENT_METHODS or has_idempotency_key


def should_retry(
    policy: RetryPolicy,
    attempt: int,
    method: str,
    has_idempotency_key: bool,
    *,
    status_code: int | None = None,
    error: BaseException | None = None,
) -> bool:
    """Whether attempt number `attempt` (0 for the first) that ended this way is retried."""
    if attempt >= policy.max_retries or not may_repeat(method, has_idempotency_key):
        return False
    if error is not None:
        return is_retryable_error(error)
    return status_code is not None and is_retryable_status(status_code)


def retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """The server's requested wait: `retry-after-ms`, else `Retry-After` in seconds or as a date."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(float(milliseconds) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - now, 0.0)


def retry_delay(
    policy: RetryPolicy, attempt: int, requested: float | None, random_value: float
) -> float:
    """Seconds to wait before retry `attempt + 1`: the server's wish (capped), else backoff with jitter."""
    if requested is not None:
        return min(requested, MAX_RETRY_AFTER)
    backoff = min(policy.initial_delay * 2.0**attempt, policy.max_delay)
    return backoff * (1.0 - policy.jitter * random_value)
