"""readOnly/writeOnly in the schema-features golden client, over real loopback HTTP, sync and async.

`Account` is sent and received: requests take `AccountRequest` (no read-only `id`/`created`,
`password` required), responses decode into `Account` (no `password` needed). `AccountUpdate`
is only sent, so it is the one model and has no read-only `etag`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pydantic
import pytest

from tests.mypy_support import mypy_strict
from tests.runtime_support import mode, run, server  # noqa: F401 - fixtures

_PACKAGE_ROOT = Path(__file__).resolve().parent / "cases" / "schema-features" / "expected"
if str(_PACKAGE_ROOT) not in sys.path:
    sys.path.insert(0, str(_PACKAGE_ROOT))

import schema_features  # noqa: E402
from schema_features import models  # noqa: E402
from loopback import LoopbackServer, Response  # noqa: E402

STORED = {"id": "acc_1", "name": "ada", "created": "2024-01-02T03:04:05Z", "profile": {"nickname": "a", "verified": True}}


def test_create_sends_no_read_only_fields_and_decodes_a_response_without_write_only_ones(
    mode: str, server: LoopbackServer
) -> None:
    server.enqueue(Response.json(STORED, status=201))
    body = models.AccountRequest(name="ada", password="pw", profile=models.ProfileRequest(nickname="a"), tags=[models.Named(id=1)])
    outcome = run(mode, schema_features, lambda c: c.create_account(body=body), base_url=server.url)
    assert outcome.error is None, outcome.error
    sent = server.requests[0]
    assert (sent.method, sent.target) == ("POST", "/accounts")
    assert json.loads(sent.body) == {"name": "ada", "password": "pw", "profile": {"nickname": "a"}, "tags": [{"id": 1}]}
    account = outcome.value
    assert type(account) is models.Account and type(account.profile) is models.Profile
    assert (account.id, account.password, account.profile.verified) == ("acc_1", None, True)
    assert "password" not in account.model_fields_set
    assert account.to_dict() == STORED


def test_read_only_fields_in_data_given_to_a_request_model_are_not_sent(mode: str, server: LoopbackServer) -> None:
    """Fetched, changed and sent back: the read-only fields the server returned stay home."""
    server.enqueue(Response.json(STORED, status=201), Response.json(STORED))
    fetched = models.Account.from_json(json.dumps(STORED))
    again = models.AccountRequest.from_dict({**fetched.to_dict(), "password": "pw"})
    update = models.AccountUpdate.from_dict({"etag": "W/1", "name": "ada2", "password": "new", "profile": {"verified": False}})

    def both(client: Any) -> Any:
        if mode == "sync":
            return client.create_account(body=again), client.replace_account("acc_1", body=update)

        async def calls() -> Any:
            return await client.create_account(body=again), await client.replace_account("acc_1", body=update)

        return calls()

    outcome = run(mode, schema_features, both, base_url=server.url)
    assert outcome.error is None, outcome.error
    assert [json.loads(r.body) for r in server.requests] == [
        {"name": "ada", "password": "pw", "profile": {"nickname": "a"}},
        {"name": "ada2", "password": "new", "profile": {}},
    ]


def test_requiredness_per_direction() -> None:
    assert models.Account.model_fields["id"].is_required()
    assert not models.Account.model_fields["password"].is_required()
    assert models.AccountRequest.model_fields["password"].is_required()
    assert "id" not in models.AccountRequest.model_fields and "created" not in models.AccountRequest.model_fields
    with pytest.raises(pydantic.ValidationError):
        models.AccountRequest.from_dict({"name": "ada"})  # the write-only password is required when sending
    with pytest.raises(pydantic.ValidationError):
        models.Account.from_dict({"name": "ada"})  # the read-only id is required when receiving


def test_data_without_read_only_keys_round_trips_through_a_request_model() -> None:
    data: dict[str, Any] = {"name": "ada", "password": "pw", "unknown": [1]}
    assert models.AccountRequest.from_dict(data).to_dict() == data
    assert models.AccountRequest.from_json(json.dumps({**data, "id": "x"})).to_dict() == data


TYPED_USE = """
from schema_features import models

ok = models.AccountRequest(name="n", password="p")
received = models.Account(id="i", name="n")
text: str = received.id
maybe: str | None = received.password
bad = models.AccountRequest(name="n", password="p", id="i")
missing = models.AccountRequest(name="n")
"""


def test_mypy_holds_each_direction_to_its_shape(tmp_path: Path) -> None:
    script = tmp_path / "use.py"
    script.write_text(TYPED_USE)
    result = mypy_strict(script, _PACKAGE_ROOT, str(_PACKAGE_ROOT))
    errors = [line.split(": error: ")[1] for line in result.stdout.splitlines() if ": error: " in line]
    assert errors == [
        'Unexpected keyword argument "id" for "AccountRequest"  [call-arg]',
        'Missing named argument "password" for "AccountRequest"  [call-arg]',
    ], result.stdout
