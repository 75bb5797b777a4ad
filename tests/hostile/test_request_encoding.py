"""Hostile values in requests: what a caller passes can never change the request's shape.

Over real loopback HTTP against the generated kitchen-sink client, sync and async: path
parameters stay one segment, header values cannot add headers, and query and form values
arrive encoded, exactly as given.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from tests.runtime_support import MODES, run  # first: puts the generated packages on the path

import kitchen_sink as sink  # noqa: E402
from loopback import LoopbackServer, Response  # noqa: E402

PET = {"id": "p1", "name": "Rex", "kind": "dog"}

PATH_VALUES = [
    ("../admin", "..%2Fadmin"),
    ("..", "%2E%2E"),
    (".", "%2E"),
    ("a/b?c=d#e", "a%2Fb%3Fc%3Dd%23e"),
    ("x%2Fy", "x%252Fy"),
    ("sp ace\r\nX-Evil: 1", "sp%20ace%0D%0AX-Evil%3A%201"),
    ("ünï", "%C3%BCn%C3%AF"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("value", "wire"), PATH_VALUES)
def test_path_parameters_stay_one_segment(mode: str, value: str, wire: str) -> None:
    with LoopbackServer() as server:
        server.enqueue(Response.json(PET))
        outcome = run(mode, sink, lambda c: c.get_pet(value), base_url=server.url + "/api")
        assert outcome.error is None, outcome.error
        assert [r.raw_path for r in server.requests] == [f"/api/pets/{wire}"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "a\rb", "a\x00b"])
def test_header_values_with_line_breaks_are_refused_before_sending(mode: str, value: str) -> None:
    with LoopbackServer() as server:
        outcome = run(mode, sink, lambda c: c.with_raw_response.list_pets(x_request_id=value), base_url=server.url)
        assert isinstance(outcome.error, ValueError)
        assert "X-Request-Id" in str(outcome.error)
        assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_query_values_arrive_encoded_and_exact(mode: str) -> None:
    tags = ["a&b=c", "d#e", "f g", "ü"]
    with LoopbackServer() as server:
        server.enqueue(Response.json({"items": [PET], "next": None}))
        outcome = run(mode, sink, lambda c: c.with_raw_response.list_pets(tags=tags, x_request_id="ok"), base_url=server.url)
        assert outcome.error is None, outcome.error
        (request,) = server.requests
        assert request.raw_path == "/pets"
        assert parse_qsl(request.query) == [("tags", ",".join(tags))]


@pytest.mark.parametrize("mode", MODES)
def test_form_values_arrive_encoded_and_exact(mode: str) -> None:
    query = "x=1&admin=true; DROP\r\n"
    with LoopbackServer() as server:
        server.enqueue(Response.text("ok"))
        outcome = run(mode, sink, lambda c: c.search(body=sink.models.SearchBody(q=query, page=2)), base_url=server.url)
        assert outcome.error is None and outcome.value == "ok", outcome.error
        (request,) = server.requests
        assert request.header("Content-Type") == "application/x-www-form-urlencoded"
        assert parse_qsl(request.body.decode()) == [("q", query), ("page", "2")]
