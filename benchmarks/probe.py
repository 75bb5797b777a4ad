"""Measure one generated client inside a fresh interpreter; print the result as one JSON object.

Run by clients.py with the generated package on PYTHONPATH; only the standard library here.

    probe.py import TOOL PACKAGE MODEL SAMPLES           {"client": s, "first_decode": s}
    probe.py decode TOOL PACKAGE MODEL SAMPLES REPEATS   {"dict": [s, ...], "json": [s, ...],
                                                          "dict-paused": [...], "json-paused": [...]}

Seconds are CPU seconds of this process (`time.process_time`): the measured work is
single-threaded, so on an idle machine they equal wall-clock seconds, and on a busy one they
do not count the time other processes had the CPU.

`import`: seconds from before `import PACKAGE` until `Client(...)` is constructed, and until
the first object of SAMPLES (JSON lines) is also decoded as MODEL. `decode`: seconds to decode
every line of SAMPLES as MODEL, REPEATS times after one warm-up, from decoded JSON (`dict`)
and from the JSON text (`json`, what the tool's client does with a response body), each also
with the garbage collector paused (`-paused`). A model
the tool did not generate gives {"missing": MODEL}. TOOL `oapigen-unvalidated` is oapigen's
client with `validate_responses=False` (`from_dict_unvalidated`, `from_json_unvalidated`).
"""

from __future__ import annotations

import gc
import importlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any

BASE_URL = "https://api.github.com"


def decoders(tool: str, model: Any) -> tuple[Callable[[Any], Any], Callable[[bytes], Any]]:
    """The model's decoder for a dict, and for a response body the way the tool's client does it."""
    if tool == "oapigen":
        return model.from_dict, model.from_json  # its client: model_validate_json on the body
    if tool == "oapigen-unvalidated":
        # Its client with `validate_responses=False`: the body parsed, then the model built.
        return model.from_dict_unvalidated, model.from_json_unvalidated
    return model.from_dict, lambda body: model.from_dict(json.loads(body))  # its client: response.json()


def model_class(package: str, name: str) -> Any:
    """`package.models.name`, whether `models` is a module or a package of lazily loaded modules."""
    return getattr(importlib.import_module(f"{package}.models"), name, None)


def import_client(tool: str, package: str, model: str, samples: str) -> dict[str, Any]:
    with open(samples, "rb") as handle:
        first = handle.readline()
    start = time.process_time()
    importlib.import_module(package).Client(base_url=BASE_URL)
    client = time.process_time() - start
    decoders(tool, model_class(package, model))[1](first)
    return {"client": client, "first_decode": time.process_time() - start}


def decode(tool: str, package: str, model: str, samples: str, repeats: int) -> dict[str, Any]:
    found = model_class(package, model)
    if found is None:
        return {"missing": model}
    with open(samples, "rb") as handle:
        bodies = handle.read().splitlines()
    from_dict, from_json = decoders(tool, found)
    results: dict[str, Any] = {}
    for form, decoder, inputs in (("dict", from_dict, [json.loads(b) for b in bodies]), ("json", from_json, bodies)):
        decoder(inputs[0])
        results[form], results[f"{form}-paused"] = [], []
        for _ in range(repeats):
            for collecting in (True, False):
                # The garbage collector stays on, but the inputs and what went before are frozen
                # out of its scans: a client decoding one response has no 10,000 documents to
                # walk. Then again with the collector paused: the decoding work alone, without
                # the collections that the growing pile of 10,000 decoded objects triggers.
                gc.collect()
                gc.freeze()
                if not collecting:
                    gc.disable()
                start = time.process_time()
                decoded = [decoder(item) for item in inputs]
                results[form if collecting else f"{form}-paused"].append(time.process_time() - start)
                gc.enable()
                del decoded
                gc.unfreeze()
    return results


if __name__ == "__main__":
    mode, tool, package, model, samples, *repeats = sys.argv[1:]
    if mode == "import":
        print(json.dumps(import_client(tool, package, model, samples)))
    else:
        print(json.dumps(decode(tool, package, model, samples, int(repeats[0]))))
