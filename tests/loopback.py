"""A scripted HTTP/1.1 server on 127.0.0.1 for end-to-end tests of generated clients.

    with LoopbackServer() as server:
        server.enqueue(Response.json({"id": "x"}), Response(status=500))
        ...  # point a client at server.url
        assert server.requests[0].raw_path == "/videos/x"

Responses come from a FIFO queue (`enqueue`), else from `server.handler(request)`, else the server
answers 599 and records the miss in `server.errors`. Every request is recorded, exactly as it
arrived on the wire, *before* it is answered, so a test may inspect it even when the client gave
up (timeout) or the server cut the connection.

Fault injection per response: `delay` (seconds to wait before answering; interrupted at shutdown)
and `action`:
  - None: send the response normally;
  - "close": close the connection without sending anything;
  - "reset": abort the connection with a TCP RST (SO_LINGER 0) without sending anything;
  - "truncate": send the status line, headers and a Content-Length for the whole body, then only
    the first half of the body, then close.

Large or slow bodies: `chunks` (a callable returning an iterable of byte strings) is sent instead
of `body`, chunk by chunk, with `Transfer-Encoding: chunked`, so neither side needs the whole body
in memory; with action "truncate" the connection is closed after the first half of the chunks.

Stopping is bounded: the listener is shut down, every open connection is shut down (which wakes
handler threads blocked reading a kept-alive connection), delayed responses are abandoned, and
handler threads are joined with a timeout. Handler threads are daemons, so a stuck one can never
keep the interpreter alive.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Action = Literal["close", "reset", "truncate"]
HeaderItems = Mapping[str, str] | Iterable[tuple[str, str]]


@dataclass
class Response:
    """A scripted response. `body` is sent as is; `Content-Length` is always added."""

    status: int = 200
    body: bytes = b""
    headers: HeaderItems = ()
    reason: str | None = None
    delay: float = 0.0
    action: Action | None = None
    chunks: Callable[[], Iterable[bytes]] | None = None

    @classmethod
    def json(cls, value: Any, status: int = 200, **kwargs: Any) -> Response:
        headers = [
            ("Content-Type", "application/json"),
            *_header_items(kwargs.pop("headers", ())),
        ]
        body = json.dumps(value).encode()
        return cls(status=status, body=body, headers=headers, **kwargs)

    @classmethod
    def text(
        cls,
        text: str,
        status: int = 200,
        content_type: str = "text/plain; charset=utf-8",
        **kwargs: Any,
    ) -> Response:
        headers = [
            ("Content-Type", content_type),
            *_header_items(kwargs.pop("headers", ())),
        ]
        return cls(status=status, body=text.encode(), headers=headers, **kwargs)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received. `raw_path` and `query` are exactly as on the wire (not decoded)."""

    method: str
    target: str
    raw_path: str
    query: str
    http_version: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), or None."""
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        """Every value of a header (case-insensitive), in order of arrival."""
        return [v for k, v in self.headers if k.lower() == name.lower()]


Handler = Callable[[RecordedRequest], Response]


def _header_items(headers: HeaderItems) -> list[tuple[str, str]]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return [(str(k), str(v)) for k, v in items]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # threads are joined, with a bound, by LoopbackServer.stop

    def __init__(self, owner: LoopbackServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _RequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=f"loopback-conn-{client_address[1]}",
            daemon=True,
        )
        with self.owner._lock:
            self.owner._threads.append(thread)
            self.owner._connections.add(request)
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self.owner._lock:
            self.owner._connections.discard(request)
        super().shutdown_request(request)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = (
        10  # an idle kept-alive connection ends on its own even if nobody stops us
    )
    server: _Server

    def log_message(
        self, format: str, *args: Any
    ) -> None:  # noqa: A002 - stdlib signature
        pass

    def handle_one_request(self) -> None:
        # Routes every method through one place; the stdlib dispatches on `do_<METHOD>`.
        try:
            super().handle_one_request()
        except (
            OSError,
            ValueError,
        ):  # peer went away, or we reset/closed the socket ourselves
            self.close_connection = True

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        owner = self.server.owner
        raw_path, _, query = self.path.partition("?")
        request = RecordedRequest(
            method=self.command,
            target=self.path,
            raw_path=raw_path,
            query=query,
            http_version=self.request_version,
            headers=tuple((k, v) for k, v in self.headers.items()),
            body=self._read_body(),
        )
        response = owner._next_response(request)
        if response.delay and owner._stopping.wait(response.delay):
            self._abandon()
            return
        if response.action == "close":
            self._abandon()
        elif response.action == "reset":
            self._reset()
        else:
            self._write(response)

    def _write(self, response: Response) -> None:
        self.send_response(response.status, response.reason)
        headers = _header_items(response.headers)
        for name, value in headers:
            self.send_header(name, value)
        if response.chunks is not None:
            self._write_chunks(response)
            return
        if not any(name.lower() == "content-length" for name, _ in headers):
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.action == "truncate":
            self.wfile.write(response.body[: len(response.body) // 2])
            self.wfile.flush()
            self._abandon()
        elif self.command != "HEAD":
            self.wfile.write(response.body)

    def _write_chunks(self, response: Response) -> None:
        assert response.chunks is not None
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunks = list(response.chunks()) if response.action == "truncate" else response.chunks()
        limit = len(chunks) // 2 if isinstance(chunks, list) else None
        for index, chunk in enumerate(chunks):
            if index == limit:
                self.wfile.flush()
                self._abandon()
                return
            if chunk:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    def _abandon(self) -> None:
        self.close_connection = True

    def _reset(self) -> None:
        self.close_connection = True
        self.connection.setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
        )
        # The fd is only closed (and the RST only sent) once the file wrappers are closed too.
        self.rfile.close()
        self.wfile.close()
        self.connection.close()


class LoopbackServer:
    """An HTTP server on 127.0.0.1:<ephemeral port>, serving in a background thread."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.handler = handler
        self.requests: list[RecordedRequest] = []
        self.errors: list[str] = []
        self._queue: deque[Response] = deque()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._serve_thread: threading.Thread | None = None

    # -- scripting ----------------------------------------------------------------------------

    def enqueue(self, *responses: Response) -> None:
        with self._lock:
            self._queue.extend(responses)

    @property
    def pending(self) -> int:
        """Scripted responses not yet served."""
        with self._lock:
            return len(self._queue)

    def _next_response(self, request: RecordedRequest) -> Response:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
            handler = self.handler
        if handler is None:
            message = f"no scripted response for {request.method} {request.target}"
            with self._lock:
                self.errors.append(message)
            return Response.text(message, status=599)
        try:
            return handler(request)
        except Exception:
            message = traceback.format_exc()
            with self._lock:
                self.errors.append(message)
            return Response.text(message, status=599)

    # -- lifecycle ----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LoopbackServer:
        self._httpd = _Server(self)
        self._serve_thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="loopback-serve",
            daemon=True,
        )
        self._serve_thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        httpd = self._httpd
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            connections = list(self._connections)
            threads = list(self._threads)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads:
            thread.join(timeout)
        if self._serve_thread is not None:
            self._serve_thread.join(timeout)
        self._httpd = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@dataclass
class ClosedPort:
    """A 127.0.0.1 port that refuses connections: bound (so nobody else takes it), not listening."""

    sock: socket.socket = field(default_factory=lambda: socket.socket(socket.AF_INET))
    port: int = 0

    def __enter__(self) -> ClosedPort:
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc_info: object) -> None:
        self.sock.close()
