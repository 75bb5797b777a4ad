"""The HTTP machinery shared by `Client` and `AsyncClient`.

Everything that does not depend on sync or async I/O lives in `ClientCore`: building a request
from an `Endpoint`, applying credentials (only to the API's own origin), retry decisions,
redirects, logging with secrets redacted, and turning a response into a value or an error. The
two subclasses only send, read and sleep.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import itertools
import json
import logging
import os
import random
import re
import time
import types
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    Literal,
    ParamSpec,
    TypedDict,
    TypeVar,
    cast,
    overload,
)
from urllib.parse import quote

import httpx

from ._encoding import (
    encode_path,
    encode_query,
    form_body,
    header_value,
    is_model,
    multipart_fields,
    scalar_text,
    to_jsonable,
)
from ._retries import RetryPolicy, retry_after, retry_delay, should_retry
from ._streaming import AsyncStreamedResponse, StreamedResponse
from ._waiters import WaitRule, is_finished, next_delay
from .errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ResponseTooLargeError,
    ResponseValidationError,
    status_error_class,
)

if TYPE_CHECKING:
    import pydantic

T = TypeVar("T")
_P = ParamSpec("_P")
_Self = TypeVar("_Self", bound="ClientCore")

PACKAGE_NAME = "schema_features"
PACKAGE_VERSION = "1.0.0"
ENV_API_KEY = "SCHEMA_FEATURES_API_KEY"
ENV_BASE_URL = "SCHEMA_FEATURES_BASE_URL"
DEFAULT_BASE_URL = "https://api.example.test"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_IDEMPOTENCY_HEADER = "Idempotency-Key"
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
MAX_REDIRECTS = 10
REDACTED = "REDACTED"
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
# Query parameters of signed URLs and the like, whose values are never logged.
_SECRET_PARAMETER = re.compile(
    r"sig|token|key|secret|credential|auth|password|session", re.IGNORECASE
)

log = logging.getLogger(PACKAGE_NAME)

BodyKind = Literal["json", "form", "multipart", "binary", "text", "event-stream", "ndjson", "empty"]


class RequestOptions(TypedDict, total=False):
    """Per-call settings accepted by every operation as `options=`."""

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str]
    timeout: float | httpx.Timeout | None
    max_retries: int
    idempotency_key: str


@dataclass(frozen=True)
class ResponseSpec:
    """How to read a response body: its encoding and, for JSON, the type to validate against."""

    kind: BodyKind
    type: Any = None


@dataclass(frozen=True)
class Endpoint(Generic[T]):
    """One prepared call of an operation: everything needed to build the HTTP request.

    `url`, when set, is an absolute URL used instead of `base_url` + `path` (for URLs that the
    API returns); credentials are then only sent if it has the API's own origin.
    """

    operation: str
    method: str
    path: str
    path_params: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    cookies: Mapping[str, Any] = field(default_factory=dict)
    styles: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    body: Any = None
    body_kind: BodyKind | None = None
    media_type: str | None = None
    responses: Mapping[str, ResponseSpec] = field(default_factory=dict)
    security: Sequence[Sequence[str]] = ()
    url: str | None = None


class ApiResponse(Generic[T]):
    """A successful response as received: status, headers and body, parsed on demand by `parse()`."""

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> T:
        """The body decoded as the operation's model (no second request)."""
        return self._parse()

    def __repr__(self) -> str:
        return f"<ApiResponse [{self.status_code}] {self.http_response.request.method} {_redact_url(self.http_response.request.url, ())}>"


# -- the shared core --------------------------------------------------------------------------


class ClientCore:
    """Configuration and the I/O-free half of every request."""

    _security_schemes: Mapping[str, tuple[str, str, str]] = {}

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        default_headers: Mapping[str, str] | None,
        max_retries: int,
        idempotency_header: str,
        max_response_bytes: int,
        clock: Callable[[], float] | None,
        validate_responses: bool = True,
    ) -> None:
        self._api_key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
        self.base_url = httpx.URL(str(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL))
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._default_headers = dict(default_headers or {})
        self.retry_policy = RetryPolicy(max_retries=max_retries)
        self.idempotency_header = idempotency_header
        self.max_response_bytes = max_response_bytes
        self.validate_responses = validate_responses
        self._clock = clock or time.monotonic
        self._random = random.Random()
        self._owns_http = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(_redact_url(self.base_url, ()))!r})"

    @property
    def user_agent(self) -> str:
        return f"{PACKAGE_NAME}/{PACKAGE_VERSION} python-httpx/{httpx.__version__}"

    def with_options(
        self: _Self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        validate_responses: bool | None = None,
    ) -> _Self:
        """A copy with some settings changed, sharing this client's connection pool."""
        clone = copy.copy(self)
        clone._owns_http = False
        if api_key is not None:
            clone._api_key = api_key
        if base_url is not None:
            clone.base_url = httpx.URL(str(base_url))
        if timeout is not None:
            clone.timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        if max_retries is not None:
            clone.retry_policy = RetryPolicy(max_retries=max_retries)
        if default_headers is not None:
            clone._default_headers = {**self._default_headers, **default_headers}
        if validate_responses is not None:
            clone.validate_responses = validate_responses
        return clone

    def _url(self, endpoint: Endpoint[Any]) -> httpx.URL:
        if endpoint.url is not None:
            return self.base_url.join(endpoint.url)
        base = str(self.base_url).rstrip("/")
        return httpx.URL(base + encode_path(endpoint.path, endpoint.path_params))

    def _auth(
        self,
        endpoint: Endpoint[Any],
        headers: dict[str, str],
        query: list[tuple[str, str]],
        cookies: dict[str, str],
    ) -> None:
        """Apply the first security alternative of the operation that this client can satisfy."""
        if self._api_key is None:
            return
        for alternative in endpoint.security:
            schemes = [self._security_schemes.get(name) for name in alternative]
            if not schemes or any(s is None for s in schemes):
                continue
            for kind, location, parameter in cast(list[tuple[str, str, str]], schemes):
                if kind == "bearer":
                    headers["Authorization"] = f"Bearer {self._api_key}"
                elif kind == "basic":
                    headers["Authorization"] = "Basic " + _basic(self._api_key)
                elif location == "query":
                    query.append((parameter, self._api_key))
                elif location == "cookie":
                    cookies[parameter] = self._api_key
                else:
                    headers[parameter] = self._api_key
            return

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        endpoint: Endpoint[Any],
        options: RequestOptions,
    ) -> httpx.Request:
        headers = {"User-Agent": self.user_agent, **self._default_headers}
        for name, value in endpoint.headers.items():
            if value is not None:
                headers[name] = header_value(name, value)
        query = encode_query(endpoint.query, endpoint.styles)
        cookies = {name: scalar_text(v) for name, v in endpoint.cookies.items() if v is not None}
        url = self._url(endpoint)
        if _same_origin(url, self.base_url):
            self._auth(endpoint, headers, query, cookies)
        accept = [spec for status, spec in endpoint.responses.items() if status.startswith("2")]
        if accept and accept[0].kind == "json":
            headers.setdefault("Accept", "application/json")
        for name, value in (options.get("extra_headers") or {}).items():
            headers[name] = header_value(name, value)
        if "idempotency_key" in options:
            headers[self.idempotency_header] = header_value(
                self.idempotency_header, options["idempotency_key"]
            )
        query.extend(
            (name, str(value)) for name, value in (options.get("extra_query") or {}).items()
        )
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={quote(v, safe='')}" for k, v in cookies.items())
        content, data, files = self._encode_body(endpoint, headers)
        timeout = options.get("timeout", self.timeout)
        return http.build_request(
            endpoint.method,
            url,
            params=tuple(query) if query else None,
            headers=headers,
            content=content,
            data=data,
            files=files,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        )

    def _encode_body(
        self, endpoint: Endpoint[Any], headers: dict[str, str]
    ) -> tuple[Any, Any, Any]:
        body, kind = endpoint.body, endpoint.body_kind
        if body is None or kind is None:
            return None, None, None
        if kind == "multipart":
            data, files = multipart_fields(body)
            if (
                not files
            ):  # httpx would send plain fields form-urlencoded; as parts they stay multipart
                return (
                    None,
                    None,
                    [(name, (None, v)) for name, value in data.items() for v in _as_list(value)],
                )
            return None, data, files
        if endpoint.media_type:
            headers["Content-Type"] = endpoint.media_type
        if kind == "json":
            return (
                json.dumps(to_jsonable(body), separators=(",", ":"), ensure_ascii=False).encode(),
                None,
                None,
            )
        if kind == "form":
            return form_body(body), None, None
        if kind == "text":
            return str(body).encode(), None, None
        return body, None, None

    # -- retries, redirects and logging -----------------------------------------------------

    def _policy(self, endpoint: Endpoint[Any], options: RequestOptions) -> RetryPolicy:
        """The client's retry policy, changed per call; a body read from a file is sent only once."""
        if not _replayable(endpoint.body):
            return RetryPolicy(max_retries=0)
        max_retries = options.get("max_retries")
        return self.retry_policy if max_retries is None else RetryPolicy(max_retries=max_retries)

    def _retry_delay(
        self,
        request: httpx.Request,
        attempt: int,
        policy: RetryPolicy,
        *,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> float | None:
        """Seconds to wait before sending `request` again, or None when this attempt is final."""
        retry = should_retry(
            policy,
            attempt,
            request.method,
            self.idempotency_header in request.headers,
            status_code=response.status_code if response is not None else None,
            error=error,
        )
        outcome = f"HTTP {response.status_code}" if response is not None else type(error).__name__
        if not retry:
            return None
        requested = retry_after(response.headers, time.time()) if response is not None else None
        delay = retry_delay(policy, attempt, requested, self._random.random())
        log.info(
            "%s %s failed (%s); retrying in %.2f s (retry %d of %d)",
            request.method,
            self._redact(request.url),
            outcome,
            delay,
            attempt + 1,
            policy.max_retries,
        )
        return delay

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, started: float
    ) -> None:
        elapsed = self._clock() - started
        log.debug(
            "%s %s -> %s (%.3f s)",
            request.method,
            self._redact(request.url),
            response.status_code,
            elapsed,
        )

    def _redact(self, url: httpx.URL) -> str:
        """The URL with credentials (API keys in the query, user info) replaced."""
        names = [
            parameter
            for kind, location, parameter in self._security_schemes.values()
            if location == "query" and kind == "api_key"
        ]
        return _redact_url(url, names)

    def _credential_headers(self) -> frozenset[str]:
        """Lower-case names of every header that may carry a credential."""
        names = {
            parameter.lower()
            for kind, location, parameter in self._security_schemes.values()
            if kind == "api_key" and location == "header"
        }
        return _CREDENTIAL_HEADERS | names

    def _redirect(self, request: httpx.Request, response: httpx.Response) -> httpx.Request | None:
        """The request a redirect asks for; credentials are dropped when it leaves the origin."""
        location = response.headers.get("location")
        if not response.is_redirect or location is None:
            return None
        url = request.url.join(location)
        method, content = request.method, request.read()
        headers = httpx.Headers(request.headers)
        if (
            response.status_code == 303
            and method != "HEAD"
            or response.status_code in (301, 302)
            and method == "POST"
        ):
            method, content = "GET", b""
            for name in ("content-type", "content-length", "transfer-encoding"):
                headers.pop(name, None)
        if not _same_origin(url, request.url):
            for name in self._credential_headers():
                headers.pop(name, None)
        headers.pop("host", None)
        return httpx.Request(
            method, url, headers=headers, content=content or None, extensions=request.extensions
        )

    def _checked_length(self, endpoint: Endpoint[Any], response: httpx.Response, size: int) -> None:
        """Raise when a body is larger than `max_response_bytes` (declared or as read so far)."""
        declared = response.headers.get("content-length", "")
        if (
            size > self.max_response_bytes
            or declared.isdigit()
            and int(declared) > self.max_response_bytes
        ):
            raise ResponseTooLargeError(
                f"{endpoint.operation}: HTTP {response.status_code} response is larger than "
                f"max_response_bytes ({self.max_response_bytes})",
                operation=endpoint.operation,
                response=response,
            )

    def _transport_error(
        self, endpoint: Endpoint[Any], request: httpx.Request, exc: httpx.TransportError
    ) -> ApiConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError(f"{endpoint.operation}: request timed out", request=request)
        return ApiConnectionError(
            f"{endpoint.operation}: connection failed: {type(exc).__name__}", request=request
        )

    # -- responses --------------------------------------------------------------------------

    def _process(self, endpoint: Endpoint[T], response: httpx.Response) -> T:
        self._raise_for_status(endpoint, response)
        spec = _match(endpoint.responses, response.status_code)
        return cast(T, _decode(endpoint.operation, spec, response, self.validate_responses))

    def _raise_for_status(self, endpoint: Endpoint[Any], response: httpx.Response) -> None:
        if 200 <= response.status_code < 300:
            return
        spec = _match(endpoint.responses, response.status_code)
        body = _error_body(spec, response, self.validate_responses)
        error = status_error_class(response.status_code)
        raise error(
            f"{endpoint.operation}: HTTP {response.status_code} {response.reason_phrase}".rstrip(),
            operation=endpoint.operation,
            response=response,
            body=body,
        )

    def _raw(self, endpoint: Endpoint[T], response: httpx.Response) -> ApiResponse[T]:
        self._raise_for_status(endpoint, response)
        return ApiResponse(response, lambda: self._process(endpoint, response))

    def _download_endpoint(self, url: str, method: str = "GET") -> Endpoint[bytes]:
        """A GET of an absolute URL the API returned; credentials go only to the API's origin."""
        return Endpoint(
            operation="download",
            method=method,
            path="",
            url=url,
            responses={"2XX": ResponseSpec("binary")},
            security=[[name] for name in self._security_schemes],
        )


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """Scheme, host and port all equal (RFC 6454)."""
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


def _redact_url(url: httpx.URL, query_names: Sequence[str]) -> str:
    """The URL for logs and reprs: user info, API keys and signature-like query values replaced."""
    if url.userinfo:
        url = url.copy_with(username=REDACTED, password=None)
    secret = [name for name in url.params if name in query_names or _SECRET_PARAMETER.search(name)]
    for name in secret:
        url = url.copy_set_param(name, REDACTED)
    return str(url)


def _replayable(body: Any) -> bool:
    """Whether a body can be sent again: not a file object, nor a form holding one."""
    if hasattr(body, "read"):
        return False
    values = (
        body.__dict__.values()
        if is_model(body)
        else body.values() if isinstance(body, Mapping) else ()
    )
    return not any(hasattr(value, "read") for value in values)


def _basic(credentials: str) -> str:
    import base64

    return base64.b64encode(credentials.encode()).decode()


def _match(responses: Mapping[str, ResponseSpec], status: int) -> ResponseSpec | None:
    """The spec for a status: exact code, then a range such as `2XX`, then `default`."""
    return (
        responses.get(str(status))
        or responses.get(f"{status // 100}XX")
        or responses.get("default")
    )


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    import pydantic  # here, not at the top: `Client()` alone never needs it

    adapter = _ADAPTERS.get(type_)
    if adapter is None:
        adapter = _ADAPTERS[type_] = pydantic.TypeAdapter(type_)
    return adapter


def validate_json(type_: Any, content: bytes) -> Any:
    """Decode and validate a JSON document against a generated type."""
    import pydantic

    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return type_.model_validate_json(content)
    return _adapter(type_).validate_json(content)


def build_json(type_: Any, content: bytes) -> Any:
    """Decode a JSON document into a generated type without validating it (`validate_responses`).

    Types that only validation can build (unions of models, say), and text that is not JSON
    (for the error it raises), are validated instead.
    """
    from ._base_model import parse_json, unvalidated_converter

    try:
        convert = unvalidated_converter(type_)
        value = parse_json(content)
    except (LookupError, ValueError):
        return validate_json(type_, content)
    return value if convert is None or value is None else convert(value)


def _decode(
    operation: str, spec: ResponseSpec | None, response: httpx.Response, validate: bool = True
) -> Any:
    if spec is None or response.status_code == 204:
        return None
    if spec.kind == "binary":
        return response.content
    if spec.kind in ("text", "event-stream", "ndjson"):
        return response.text
    if spec.kind != "json" or spec.type is None:
        return None
    import pydantic

    content = response.content
    try:
        return (validate_json if validate else build_json)(spec.type, content)
    except pydantic.ValidationError as exc:
        raise ResponseValidationError(
            _validation_message(operation, response, exc), operation=operation, response=response
        ) from None


def _validation_message(
    operation: str, response: httpx.Response, exc: pydantic.ValidationError
) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    content_type = response.headers.get("content-type", "no content type")
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return (
        f"{operation}: HTTP {response.status_code} response ({content_type}) does not match the "
        f"spec at {where}: {first['msg']}{more}"
    )


def _error_body(spec: ResponseSpec | None, response: httpx.Response, validate: bool = True) -> Any:
    """The parsed body of an error response; never raises."""
    content = response.content
    if not content:
        return None
    if spec is not None and spec.kind == "json" and spec.type is not None:
        import pydantic

        try:
            return (validate_json if validate else build_json)(spec.type, content)
        except pydantic.ValidationError:
            pass
    try:
        return json.loads(content)
    except ValueError:
        return response.text


# -- the two clients' send loops ---------------------------------------------------------------


class SyncClientBase(ClientCore):
    """Sends requests with an `httpx.Client`."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        idempotency_header: str = DEFAULT_IDEMPOTENCY_HEADER,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        verify: bool = True,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
        validate_responses: bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            default_headers=default_headers,
            max_retries=max_retries,
            idempotency_header=idempotency_header,
            max_response_bytes=max_response_bytes,
            clock=clock,
            validate_responses=validate_responses,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self.timeout, verify=verify)
        self._sleep = sleep or time.sleep

    def _send(self, endpoint: Endpoint[T], options: RequestOptions | None = None) -> T:
        return self._process(endpoint, self._request(endpoint, options or {}, stream=False))

    def _send_raw(
        self, endpoint: Endpoint[T], options: RequestOptions | None = None
    ) -> ApiResponse[T]:
        return self._raw(endpoint, self._request(endpoint, options or {}, stream=False))

    def _open_stream(
        self,
        endpoint: Endpoint[Any],
        options: RequestOptions | None = None,
        accept: str | None = None,
    ) -> StreamedResponse:
        extra = {
            **((options or {}).get("extra_headers") or {}),
            **({"Accept": accept} if accept else {}),
        }
        response = self._request(endpoint, {**(options or {}), "extra_headers": extra}, stream=True)
        self._raise_for_status(endpoint, response)
        return StreamedResponse(response)

    def download(self, url: str, *, options: RequestOptions | None = None) -> bytes:
        """The body at a URL the API returned (e.g. a `download_url`), read into memory."""
        return self._send(self._download_endpoint(url), options)

    def stream_download(
        self, url: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse:
        """The body at a URL the API returned, streamed: use `with` and `iter_bytes()`/`write_to_file()`."""
        return self._open_stream(self._download_endpoint(url), options)

    def _wait(
        self,
        fetch: Callable[[], T],
        rule: WaitRule,
        timeout: float,
        poll_interval: float,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        """Fetch until the job finishes: sleeps between polls, raises on failure or timeout."""
        deadline = self._clock() + timeout
        while True:
            response = fetch()
            if on_progress is not None:
                on_progress(response)
            if is_finished(rule, response):
                return response
            self._sleep(next_delay(rule, response, poll_interval, self._clock(), deadline))

    def _request(
        self, endpoint: Endpoint[Any], options: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        request = self._build_request(self._http, endpoint, options)
        policy = self._policy(endpoint, options)
        for attempt in itertools.count():
            try:
                response = self._attempt(endpoint, request, stream)
            except httpx.TransportError as exc:
                delay = self._retry_delay(request, attempt, policy, error=exc)
                if delay is None:
                    raise self._transport_error(endpoint, request, exc) from exc
            else:
                delay = self._retry_delay(request, attempt, policy, response=response)
                if delay is None:
                    return response
                response.close()
            self._sleep(delay)
        raise AssertionError("unreachable")

    def _attempt(
        self, endpoint: Endpoint[Any], request: httpx.Request, stream: bool
    ) -> httpx.Response:
        """Send once, following redirects; the body is read unless streaming a success."""
        started = self._clock()
        for _ in range(MAX_REDIRECTS + 1):
            response = self._http.send(request, stream=True, follow_redirects=False)
            self._log_response(request, response, started)
            next_request = self._redirect(request, response)
            if next_request is None:
                if stream and response.is_success:
                    return response
                return self._read(endpoint, response)
            response.close()
            request = next_request
        raise httpx.TooManyRedirects("too many redirects", request=request)

    def _read(self, endpoint: Endpoint[Any], response: httpx.Response) -> httpx.Response:
        """Read the body, at most `max_response_bytes` of it."""
        try:
            self._checked_length(endpoint, response, 0)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                self._checked_length(endpoint, response, size)
                chunks.append(chunk)
        finally:
            response.close()
        return _buffered(response, b"".join(chunks))

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClientBase(ClientCore):
    """Sends requests with an `httpx.AsyncClient`."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        idempotency_header: str = DEFAULT_IDEMPOTENCY_HEADER,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        verify: bool = True,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
        validate_responses: bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            default_headers=default_headers,
            max_retries=max_retries,
            idempotency_header=idempotency_header,
            max_response_bytes=max_response_bytes,
            clock=clock,
            validate_responses=validate_responses,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout, verify=verify)
        self._sleep = sleep or asyncio.sleep

    async def _send(self, endpoint: Endpoint[T], options: RequestOptions | None = None) -> T:
        return self._process(endpoint, await self._request(endpoint, options or {}, stream=False))

    async def _send_raw(
        self, endpoint: Endpoint[T], options: RequestOptions | None = None
    ) -> ApiResponse[T]:
        return self._raw(endpoint, await self._request(endpoint, options or {}, stream=False))

    async def _open_stream(
        self,
        endpoint: Endpoint[Any],
        options: RequestOptions | None = None,
        accept: str | None = None,
    ) -> AsyncStreamedResponse:
        extra = {
            **((options or {}).get("extra_headers") or {}),
            **({"Accept": accept} if accept else {}),
        }
        response = await self._request(
            endpoint, {**(options or {}), "extra_headers": extra}, stream=True
        )
        self._raise_for_status(endpoint, response)
        return AsyncStreamedResponse(response)

    async def download(self, url: str, *, options: RequestOptions | None = None) -> bytes:
        """The body at a URL the API returned (e.g. a `download_url`), read into memory."""
        return await self._send(self._download_endpoint(url), options)

    async def stream_download(
        self, url: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse:
        """The body at a URL the API returned, streamed: use `async with` and `iter_bytes()`."""
        return await self._open_stream(self._download_endpoint(url), options)

    async def _wait(
        self,
        fetch: Callable[[], Awaitable[T]],
        rule: WaitRule,
        timeout: float,
        poll_interval: float,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        """Fetch until the job finishes: sleeps between polls, raises on failure or timeout."""
        deadline = self._clock() + timeout
        while True:
            response = await fetch()
            if on_progress is not None:
                on_progress(response)
            if is_finished(rule, response):
                return response
            await self._sleep(next_delay(rule, response, poll_interval, self._clock(), deadline))

    async def _request(
        self, endpoint: Endpoint[Any], options: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        request = self._build_request(self._http, endpoint, options)
        policy = self._policy(endpoint, options)
        for attempt in itertools.count():
            try:
                response = await self._attempt(endpoint, request, stream)
            except httpx.TransportError as exc:
                delay = self._retry_delay(request, attempt, policy, error=exc)
                if delay is None:
                    raise self._transport_error(endpoint, request, exc) from exc
            else:
                delay = self._retry_delay(request, attempt, policy, response=response)
                if delay is None:
                    return response
                await response.aclose()
            await self._sleep(delay)
        raise AssertionError("unreachable")

    async def _attempt(
        self, endpoint: Endpoint[Any], request: httpx.Request, stream: bool
    ) -> httpx.Response:
        """Send once, following redirects; the body is read unless streaming a success."""
        started = self._clock()
        for _ in range(MAX_REDIRECTS + 1):
            response = await self._http.send(request, stream=True, follow_redirects=False)
            self._log_response(request, response, started)
            next_request = self._redirect(request, response)
            if next_request is None:
                if stream and response.is_success:
                    return response
                return await self._read(endpoint, response)
            await response.aclose()
            request = next_request
        raise httpx.TooManyRedirects("too many redirects", request=request)

    async def _read(self, endpoint: Endpoint[Any], response: httpx.Response) -> httpx.Response:
        """Read the body, at most `max_response_bytes` of it."""
        try:
            self._checked_length(endpoint, response, 0)
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                self._checked_length(endpoint, response, size)
                chunks.append(chunk)
        finally:
            await response.aclose()
        return _buffered(response, b"".join(chunks))

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _buffered(response: httpx.Response, content: bytes) -> httpx.Response:
    """A read copy of a streamed response; the body is already decoded, so drop its encoding."""
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-encoding", "content-length")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=response.request,
        extensions=response.extensions,
    )


class _RawSender:
    """Stands in for a client in its operation methods, which then return the `ApiResponse`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def _send(self, endpoint: Endpoint[T], options: RequestOptions | None = None) -> ApiResponse[T]:
        return self._client._send_raw(endpoint, options)


class _AsyncRawSender:
    """Stands in for an async client in its operation methods, which then return the `ApiResponse`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    async def _send(
        self, endpoint: Endpoint[T], options: RequestOptions | None = None
    ) -> ApiResponse[T]:
        return await self._client._send_raw(endpoint, options)


class RawResponseMethod(Generic[_P, T]):
    """An operation of `client.with_raw_response`: the client's method, returning the `ApiResponse`.

    Same parameters and documentation as the method; no second copy of either to maintain.
    """

    def __init__(self, method: Callable[Concatenate[Any, _P], T]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    def __get__(self, namespace: Any, owner: type | None = None) -> Callable[_P, ApiResponse[T]]:
        method, sender = self._method, _RawSender(namespace._client)

        def call(*args: _P.args, **kwargs: _P.kwargs) -> ApiResponse[T]:
            return cast("ApiResponse[T]", method(sender, *args, **kwargs))

        call.__doc__ = self.__doc__
        return call


class AsyncRawResponseMethod(Generic[_P, T]):
    """An operation of `AsyncClient.with_raw_response`: `Client`'s method giving the `ApiResponse`.

    Run on the async sender, the method's body gives a coroutine (see `AsyncMethod`), awaited here.
    """

    def __init__(self, method: Callable[Concatenate[Any, _P], T]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    def __get__(
        self, namespace: Any, owner: type | None = None
    ) -> Callable[_P, Coroutine[Any, Any, ApiResponse[T]]]:
        method, sender = self._method, _AsyncRawSender(namespace._client)

        async def call(*args: _P.args, **kwargs: _P.kwargs) -> ApiResponse[T]:
            return await cast("Awaitable[ApiResponse[T]]", method(sender, *args, **kwargs))

        call.__doc__ = self.__doc__
        return call


# -- AsyncClient's operations: Client's, awaited -----------------------------------------------


class SharedMethod:
    """A method written once, for the sync class, and shared with its async counterpart.

    The descriptor holds a wrapper of the sync function carrying its name, documentation and
    signature (`help()`, `inspect.signature`), and binds it to instances like a method. Its
    subclasses say what the wrapper does and which type it has.
    """

    def __init__(self, function: Callable[..., Any], method: Callable[..., Any]) -> None:
        self._function = functools.update_wrapper(function, method)

    def __set_name__(self, owner: type, name: str) -> None:
        self._function.__qualname__ = f"{owner.__qualname__}.{name}"

    def _bind(self, instance: object) -> Any:
        return self._function if instance is None else types.MethodType(self._function, instance)


class AsyncMethod(SharedMethod, Generic[_P, T]):
    """An operation of `AsyncClient`: the `Client` method of the same name, awaited.

    A `Client` method only prepares the request and returns what `self._send(...)` returns (or
    another method of the client). On an `AsyncClient`, whose `_send` is a coroutine function, the
    same body gives a coroutine, awaited here. So each operation is written once, and the type
    checker sees it return `Coroutine[Any, Any, T]` where the sync method returns `T`.
    """

    def __init__(self, method: Callable[Concatenate[Any, _P], T]) -> None:
        async def call(client: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> T:
            return await cast("Awaitable[T]", method(client, *args, **kwargs))

        super().__init__(call, method)

    @overload
    def __get__(
        self, instance: None, owner: type | None = None
    ) -> Callable[Concatenate[Any, _P], Coroutine[Any, Any, T]]: ...

    @overload
    def __get__(
        self, instance: object, owner: type | None = None
    ) -> Callable[_P, Coroutine[Any, Any, T]]: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return self._bind(instance)


class AsyncStreamMethod(AsyncMethod[_P, AsyncStreamedResponse]):
    """An operation of `AsyncClient.with_streaming_response`: the sync one, awaited."""

    def __init__(self, method: Callable[Concatenate[Any, _P], StreamedResponse]) -> None:
        # On an async client `_open_stream` gives an `AsyncStreamedResponse`.
        super().__init__(cast("Callable[Concatenate[Any, _P], AsyncStreamedResponse]", method))
