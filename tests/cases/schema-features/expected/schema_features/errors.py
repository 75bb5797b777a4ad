"""Exceptions raised by the Schema Features client."""

from __future__ import annotations

from typing import Any

import httpx


class ApiError(Exception):
    """Base class of every error this client raises."""


class ApiConnectionError(ApiError):
    """The request did not get a response: connection refused or reset, DNS failure, …"""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class ApiTimeoutError(ApiConnectionError):
    """The request did not complete within its timeout."""


class ResponseValidationError(ApiError):
    """The server answered, but the body does not match what the spec says it returns."""

    def __init__(self, message: str, *, operation: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.operation = operation
        self.response = response
        self.status_code = response.status_code


class ResponseTooLargeError(ApiError):
    """The response body is larger than the client's `max_response_bytes`; it was not read."""

    def __init__(self, message: str, *, operation: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.operation = operation
        self.response = response
        self.status_code = response.status_code


class ApiStatusError(ApiError):
    """The server answered with a status that is not a success (4xx, 5xx, …).

    `body` is the parsed body: the model the spec declares for this status when it matches,
    else the decoded JSON, else the text.
    """

    def __init__(
        self, message: str, *, operation: str, response: httpx.Response, body: Any
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body


class BadRequestError(ApiStatusError):
    """400 Bad Request."""


class AuthenticationError(ApiStatusError):
    """401 Unauthorized: missing or invalid credentials."""


class PermissionDeniedError(ApiStatusError):
    """403 Forbidden."""


class NotFoundError(ApiStatusError):
    """404 Not Found."""


class ConflictError(ApiStatusError):
    """409 Conflict."""


class UnprocessableEntityError(ApiStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(ApiStatusError):
    """429 Too Many Requests."""


class InternalServerError(ApiStatusError):
    """Any 5xx status."""


class WaitError(ApiError):
    """A waiter stopped without the job succeeding; `last` is the final status response."""

    def __init__(self, message: str, *, last: Any) -> None:
        super().__init__(message)
        self.last = last


class JobFailedError(WaitError):
    """The job reached a failure status (failed, cancelled, expired, …); `error` is its error."""

    def __init__(self, message: str, *, last: Any, status: str, error: Any) -> None:
        super().__init__(message, last=last)
        self.status = status
        self.error = error


class WaitTimeoutError(WaitError):
    """The job was still running when the waiter's timeout ran out."""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[ApiStatusError]:
    """The exception class for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, ApiStatusError)
