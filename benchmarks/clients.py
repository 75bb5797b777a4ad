"""Issue 7's measurements of the generated GitHub client, oapigen's against openapi-python-client's.

Both clients are generated here into .work/clients (oapigen's from this checkout, every run,
with its own persistent cache so that only changed code is reformatted) and run by the same
interpreter, the peers' virtualenv, which has httpx, pydantic and attrs.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from harness import (
    GITHUB_SPEC,
    PEER_PINS,
    WORK,
    oapigen_command,
    opc_command,
    peer,
    peer_env,
)

CLIENTS = WORK / "clients"
PROBE = Path(__file__).with_name("probe.py")
INPUTS = Path(__file__).with_name("inputs.py")
OPC = "openapi-python-client"
REPOSITORIES, SEED = 10_000, 7
IMPORT_RUNS = 10
# (tool, package name, folder to put on PYTHONPATH); the package names come from the commands.
OAPIGEN_CLIENT = ("oapigen", "bench_client", CLIENTS / "oapigen")
# The same client with `validate_responses=False`: decoding only, beside the validated rows.
UNVALIDATED = "oapigen-unvalidated"
OAPIGEN_UNVALIDATED = (UNVALIDATED, "bench_client", CLIENTS / "oapigen")
OPC_CLIENT = (OPC, "client", CLIENTS / next(p for p in PEER_PINS if p.startswith(OPC)).replace("==", "-"))
# (model, the schema its samples are restricted to): full-repository is what the issue names;
# openapi-python-client cannot generate it, so repository (98 of its 105 properties) is compared too.
MODELS = [("FullRepository", "full-repository"), ("Repository", "repository")]
# (probe result, row label): decoding with the garbage collector on, then paused (the work alone).
FORMS = [
    ("dict", "from dicts"),
    ("json", "from JSON text, as its client decodes a response"),
    ("dict-paused", "from dicts, collector paused"),
    ("json-paused", "from JSON text, collector paused"),
]


def generate_clients() -> None:
    """oapigen's GitHub client from this checkout; openapi-python-client's once per pinned version."""
    env = {**os.environ, "OAPIGEN_CACHE_DIR": str(CLIENTS / "oapigen-cache")}
    subprocess.run(oapigen_command("generate", "-q")(GITHUB_SPEC, OAPIGEN_CLIENT[2]), check=True, env=env)
    if (OPC_CLIENT[2] / OPC_CLIENT[1]).is_dir():
        return
    command = opc_command("")(GITHUB_SPEC, OPC_CLIENT[2])  # with its default post hooks (ruff)
    with (CLIENTS / "openapi-python-client.log").open("w") as log:  # its many warnings
        done = subprocess.run(command, stdout=log, stderr=log, env={**os.environ, **peer_env(CLIENTS)}, check=False)
    if done.returncode != 0:
        shutil.rmtree(OPC_CLIENT[2], ignore_errors=True)
        raise RuntimeError(f"{OPC} failed; see {CLIENTS / 'openapi-python-client.log'}")


def build_samples() -> dict[str, Path]:
    """The 10,000 varied repositories as JSON lines: whole, and restricted to each compared schema."""
    full = CLIENTS / "full-repository.jsonl"
    inputs = [sys.executable, str(INPUTS)]
    subprocess.run([*inputs, "repositories", str(GITHUB_SPEC), str(full), str(REPOSITORIES), str(SEED)], check=True)
    samples = {"full-repository": full}
    for _, schema in MODELS[1:]:
        samples[schema] = CLIENTS / f"{schema}.jsonl"
        subprocess.run([*inputs, "restrict", str(full), str(samples[schema]), str(GITHUB_SPEC), schema], check=True)
    return samples


def probe(client: tuple[str, str, Path], *args: str) -> dict[str, Any]:
    """Run probe.py for one client in a fresh interpreter that writes and reads bytecode."""
    tool, package, folder = client
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(folder)
    argv = [peer("python"), str(PROBE), args[0], tool, package, *args[1:]]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)}\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def client_rows(repeats: int) -> tuple[list[list[str]], list[str]]:
    """Both clients measured: table rows (header first) and notes on what could not be measured."""
    CLIENTS.mkdir(parents=True, exist_ok=True)
    print("clients: generating both GitHub clients and the samples", file=sys.stderr)
    generate_clients()
    samples = build_samples()
    rows = [["measurement", "tool", "runs", "min CPU s", "median CPU s", "max CPU s", f"{OPC} ÷ oapigen: median (min)"]]
    notes: list[str] = []
    timings: dict[str, dict[str, list[float]]] = {}
    for client in (OAPIGEN_CLIENT, OAPIGEN_UNVALIDATED, OPC_CLIENT):
        timings[client[0]] = {}
        if client is not OAPIGEN_UNVALIDATED:
            probe(client, "import", "Repository", str(samples["repository"]))  # writes the bytecode
            runs = [probe(client, "import", "Repository", str(samples["repository"])) for _ in range(IMPORT_RUNS)]
            timings[client[0]] = {
                "import + Client()": [r["client"] for r in runs],
                "import + Client() + first Repository decoded": [r["first_decode"] for r in runs],
            }
        for model, schema in MODELS:
            print(f"clients: {client[0]} decoding {REPOSITORIES} {model}", file=sys.stderr)
            result = probe(client, "decode", model, str(samples[schema]), str(repeats))
            if "missing" in result:
                notes.append(f"{client[0]} generated no {model} for this spec: not measured.")
                continue
            for form, label in FORMS:
                timings[client[0]][f"{REPOSITORIES:,} {model} {label}"] = result[form]
    for measurement, secs in timings["oapigen"].items():
        peer_secs = timings[OPC].get(measurement)
        rows.append(timing_row(measurement, "oapigen", secs, ratio(peer_secs, secs)))
        unvalidated = timings[UNVALIDATED].get(measurement)
        if unvalidated:
            rows.append(timing_row(measurement, "oapigen, validate_responses=False", unvalidated, ratio(peer_secs, unvalidated)))
        rows.append(timing_row(measurement, OPC, peer_secs, "") if peer_secs else [measurement, OPC, "-", "not generated", "", "", ""])
    return rows, notes


def ratio(peer_secs: list[float] | None, secs: list[float]) -> str:
    """How many times faster than openapi-python-client: by the medians, and by the minimums."""
    if not peer_secs:
        return "-"
    return f"{statistics.median(peer_secs) / statistics.median(secs):.2f} (min {min(peer_secs) / min(secs):.2f})"


def timing_row(measurement: str, tool: str, secs: list[float], ratio: str) -> list[str]:
    return [measurement, tool, str(len(secs)), f"{min(secs):.3f}", f"{statistics.median(secs):.3f}", f"{max(secs):.3f}", ratio]
