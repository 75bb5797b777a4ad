"""multipart/form-data bodies over loopback: files as bytes, paths, file objects and
(filename, content), arrays of files, JSON-encoded parts and plain text fields."""

from __future__ import annotations

import io
import json
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from tests.runtime_support import MODES, run  # first: puts the generated packages on the path

import kitchen_sink as sink  # noqa: E402
from loopback import LoopbackServer, RecordedRequest, Response  # noqa: E402


def parts(request: RecordedRequest) -> list[tuple[str, str | None, str, bytes]]:
    """(name, filename, content type, content) of every part, in order."""
    head = f"Content-Type: {request.header('Content-Type')}\r\n\r\n".encode()
    message = BytesParser(policy=policy.HTTP).parsebytes(head + request.body)
    assert message.is_multipart()
    found = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        found.append((str(part.get_param("name", header="content-disposition")), part.get_filename(), part.get_content_type(), payload))
    return found


@pytest.mark.parametrize("mode", MODES)
def test_files_in_every_form_with_json_and_text_parts(mode: str, tmp_path: Path) -> None:
    photo = tmp_path / "holiday.png"
    photo.write_bytes(b"\x89PNG\x00from-path")
    body = sink.models.UploadCardBody(
        file=b"\x00\x01card",
        caption="Rex, 3 years",
        photos=[photo, io.BytesIO(b"from-file-object"), ("named.jpg", b"\xff\xd8tuple")],
        meta=sink.models.UploadCardBodyMeta(source="shelter", tags=["a", "ü"]),
    )
    with LoopbackServer() as server:
        server.enqueue(Response(status=204))
        outcome = run(mode, sink, lambda c: c.upload_card(7, body=body), base_url=server.url)
        assert outcome.error is None, outcome.error
        (request,) = server.requests
    assert request.raw_path == "/pets/7/card"
    assert request.header("Content-Type").startswith("multipart/form-data; boundary=")
    received = parts(request)
    by_name: dict[str, list[Any]] = {}
    for name, filename, content_type, content in received:
        by_name.setdefault(name, []).append((filename, content_type, content))
    assert by_name["file"] == [("file", "application/octet-stream", b"\x00\x01card")]
    assert by_name["caption"] == [(None, "text/plain", "Rex, 3 years".encode())]
    assert [(f, c) for f, _, c in by_name["photos"]] == [
        ("holiday.png", b"\x89PNG\x00from-path"),
        ("upload", b"from-file-object"),
        ("named.jpg", b"\xff\xd8tuple"),
    ]
    ((_, meta_type, meta),) = by_name["meta"]
    assert meta_type == "application/json"
    assert json.loads(meta) == {"source": "shelter", "tags": ["a", "ü"]}


def test_file_fields_refuse_what_is_not_binary_content() -> None:
    with pytest.raises(ValueError, match="expected bytes, a path, a binary file object"):
        sink.models.UploadCardBody(file=12345)
