"""The HTTP machinery shared by `Client` and `AsyncClient`.

Everything that does not depend on sync or async I/O lives in `ClientCore`: building a request
from an `Endpoint`, applying credentials, and turning a response into a value or an error. The
two subclasses only send.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypedDict, TypeVar, cast
from urllib.parse import quote

import httpx
import pydantic

from ._encoding import (
    encode_path,
    encode_query,
    form_body,
    header_value,
    multipart_fields,
    scalar_text,
    to_jsonable,
)
from .errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ResponseValidationError,
    status_error_class,
)

T = TypeVar("T")
_Self = TypeVar("_Self")

PACKAGE_NAME = "schema_features"
PACKAGE_VERSION = "1.0.0"
ENV_API_KEY = "SCHEMA_FEATURES_API_KEY"
ENV_BASE_URL = "SCHEMA_FEATURES_BASE_URL"
DEFAULT_BASE_URL = "https://api.example.test"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

log = logging.getLogger(PACKAGE_NAME)

BodyKind = Literal["json", "form", "multipart", "binary", "text", "event-stream", "ndjson", "empty"]


class RequestOptions(TypedDict, total=False):
    """Per-call settings accepted by every operation as `options=`."""

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str]
    timeout: float | httpx.Timeout | None


@dataclass(frozen=True)
class ResponseSpec:
    """How to read a response body: its encoding and, for JSON, the type to validate against."""

    kind: BodyKind
    type: Any = None


@dataclass(frozen=True)
class Endpoint(Generic[T]):
    """One prepared call of an operation: everything needed to build the HTTP request."""

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
    ) -> None:
        self._api_key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
        self.base_url = httpx.URL(str(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL))
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._default_headers = dict(default_headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    @property
    def user_agent(self) -> str:
        return f"{PACKAGE_NAME}/{PACKAGE_VERSION} python-httpx/{httpx.__version__}"

    def _url(self, path: str) -> httpx.URL:
        base = str(self.base_url).rstrip("/")
        return httpx.URL(base + path)

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
        options: RequestOptions | None,
    ) -> httpx.Request:
        options = options or {}
        headers = {"User-Agent": self.user_agent, **self._default_headers}
        for name, value in endpoint.headers.items():
            if value is not None:
                headers[name] = header_value(name, value)
        query = encode_query(endpoint.query, endpoint.styles)
        cookies = {name: scalar_text(v) for name, v in endpoint.cookies.items() if v is not None}
        self._auth(endpoint, headers, query, cookies)
        accept = [spec for status, spec in endpoint.responses.items() if status.startswith("2")]
        if accept and accept[0].kind == "json":
            headers.setdefault("Accept", "application/json")
        for name, value in (options.get("extra_headers") or {}).items():
            headers[name] = header_value(name, value)
        query.extend(
            (name, str(value)) for name, value in (options.get("extra_query") or {}).items()
        )
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={quote(v, safe='')}" for k, v in cookies.items())
        content, data, files = self._encode_body(endpoint, headers)
        timeout = options.get("timeout", self.timeout)
        return http.build_request(
            endpoint.method,
            self._url(encode_path(endpoint.path, endpoint.path_params)),
            params=tuple(query),
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
            return None, data, files or None
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

    # -- responses --------------------------------------------------------------------------

    def _process(self, endpoint: Endpoint[T], response: httpx.Response) -> T:
        spec = _match(endpoint.responses, response.status_code)
        log.debug("%s %s -> %s", endpoint.method, endpoint.path, response.status_code)
        if 200 <= response.status_code < 300:
            return cast(T, _decode(endpoint.operation, spec, response))
        body = _error_body(spec, response)
        error = status_error_class(response.status_code)
        raise error(
            f"{endpoint.operation}: HTTP {response.status_code} {response.reason_phrase}".rstrip(),
            operation=endpoint.operation,
            response=response,
            body=body,
        )


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
    adapter = _ADAPTERS.get(type_)
    if adapter is None:
        adapter = _ADAPTERS[type_] = pydantic.TypeAdapter(type_)
    return adapter


def validate_json(type_: Any, content: bytes) -> Any:
    """Decode and validate a JSON document against a generated type."""
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return type_.model_validate_json(content)
    return _adapter(type_).validate_json(content)


def _decode(operation: str, spec: ResponseSpec | None, response: httpx.Response) -> Any:
    if spec is None or response.status_code == 204:
        return None
    if spec.kind == "binary":
        return response.content
    if spec.kind in ("text", "event-stream", "ndjson"):
        return response.text
    if spec.kind != "json" or spec.type is None:
        return None
    content = response.content
    try:
        return validate_json(spec.type, content)
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


def _error_body(spec: ResponseSpec | None, response: httpx.Response) -> Any:
    """The parsed body of an error response; never raises."""
    content = response.content
    if not content:
        return None
    if spec is not None and spec.kind == "json" and spec.type is not None:
        try:
            return validate_json(spec.type, content)
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
    ) -> None:
        super().__init__(
            api_key=api_key, base_url=base_url, timeout=timeout, default_headers=default_headers
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self.timeout)

    def _send(self, endpoint: Endpoint[T], options: RequestOptions | None = None) -> T:
        request = self._build_request(self._http, endpoint, options)
        try:
            response = self._http.send(request)
        except httpx.TimeoutException as exc:
            raise ApiTimeoutError(
                f"{endpoint.operation}: request timed out", request=request
            ) from exc
        except httpx.TransportError as exc:
            raise ApiConnectionError(
                f"{endpoint.operation}: connection failed: {type(exc).__name__}", request=request
            ) from exc
        return self._process(endpoint, response)

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
    ) -> None:
        super().__init__(
            api_key=api_key, base_url=base_url, timeout=timeout, default_headers=default_headers
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout)

    async def _send(self, endpoint: Endpoint[T], options: RequestOptions | None = None) -> T:
        request = self._build_request(self._http, endpoint, options)
        try:
            response = await self._http.send(request)
        except httpx.TimeoutException as exc:
            raise ApiTimeoutError(
                f"{endpoint.operation}: request timed out", request=request
            ) from exc
        except httpx.TransportError as exc:
            raise ApiConnectionError(
                f"{endpoint.operation}: connection failed: {type(exc).__name__}", request=request
            ) from exc
        return self._process(endpoint, response)

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
