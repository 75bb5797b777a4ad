"""Build the benchmark's synthetic inputs from the GitHub spec, deterministically.

Run as a child process of run.py (`python inputs.py replicate|repositories ...`), so that
loading a 13 MB spec never grows the benchmark's own process.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
LANGUAGES = ["Python", "Go", "TypeScript", "Rust", "C", "Java", None, None]
LICENSES = [("mit", "MIT License", "MIT"), ("apache-2.0", "Apache License 2.0", "Apache-2.0")]
EPOCH = datetime(2008, 4, 10, tzinfo=timezone.utc)


def load(spec: Path) -> dict[str, Any]:
    with spec.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


def replicate(spec: Path, target: Path, copies: int) -> None:
    """The spec with its paths `copies` times: copy i under `/copy{i}`, operationIds `-copy{i}`.

    Components are shared by every copy, so the spec grows with its operations only. Written
    without indentation: GitHub's paths times 9 make about 11,000 operations in about 25 MB.
    """
    document = load(spec)
    paths: dict[str, Any] = {}
    for copy in range(copies):
        prefix, suffix = (f"/copy{copy}", f"-copy{copy}") if copy else ("", "")
        for path, item in document["paths"].items():
            paths[prefix + path] = {
                key: {**value, "operationId": value["operationId"] + suffix} if key in HTTP_METHODS else value
                for key, value in item.items()
            }
    document["paths"] = paths
    target.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")


def repositories(spec: Path, target: Path, count: int, seed: int) -> None:
    """`count` varied `full-repository` objects, one JSON document per line.

    Each starts from the spec's own example (`components/examples/full-repository`) and varies
    names, ids, counts, dates and flags with a fixed seed; about half are owned by an
    organization, a quarter are forks (with `parent` and `source`), one in ten was made from a
    template, and descriptions, homepages, languages and licenses are sometimes null.
    """
    document = load(spec)
    example = document["components"]["examples"]["full-repository"]["value"]
    example.setdefault("has_discussions", False)  # required by the schema, absent from the example
    text = json.dumps(example)
    rng = random.Random(seed)
    with target.open("w", encoding="utf-8") as out:
        for i in range(count):
            owner, name = f"owner{rng.randrange(5000)}", f"project-{i}"
            repo = json.loads(text.replace("octocat/Hello-World", f"{owner}/{name}"))
            vary(repo, rng, i, owner, name)
            out.write(json.dumps(repo) + "\n")


def vary(repo: dict[str, Any], rng: random.Random, i: int, owner: str, name: str) -> None:
    """Give one repository object its own identity, counts, dates and nulls."""
    created = EPOCH + timedelta(seconds=rng.randrange(500_000_000))
    pushed = created + timedelta(seconds=rng.randrange(50_000_000))
    license_key, license_name, spdx = rng.choice(LICENSES)
    repo.update(
        id=1_000_000 + i,
        node_id=f"R_kgDO{i:08d}",
        name=name,
        full_name=f"{owner}/{name}",
        private=rng.random() < 0.2,
        fork=rng.random() < 0.25,
        description=rng.choice([f"The {name} project", None, "Tools, docs and examples."]),
        homepage=rng.choice([f"https://{owner}.example.org", None, ""]),
        language=rng.choice(LANGUAGES),
        topics=rng.sample(["api", "cli", "web", "ml", "docs", "infra", "security"], rng.randrange(5)),
        created_at=iso(created),
        pushed_at=iso(pushed),
        updated_at=iso(pushed + timedelta(seconds=rng.randrange(1_000_000))),
        has_discussions=rng.random() < 0.3,
        archived=rng.random() < 0.05,
        license=None if rng.random() < 0.3 else {**repo["license"], "key": license_key, "name": license_name, "spdx_id": spdx},
    )
    for field in ("forks_count", "stargazers_count", "watchers_count", "open_issues_count", "size", "subscribers_count"):
        repo[field] = int(rng.paretovariate(1.2)) - 1
    repo["forks"], repo["watchers"], repo["open_issues"] = repo["forks_count"], repo["watchers_count"], repo["open_issues_count"]
    repo["owner"].update(login=owner, id=10_000 + i)
    repo["organization"] = {**repo["organization"], "login": owner, "type": "Organization"} if rng.random() < 0.5 else None
    if not repo["fork"]:
        del repo["parent"], repo["source"]
    if rng.random() >= 0.1:
        repo["template_repository"] = None


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def restrict(source: Path, target: Path, spec: Path, schema: str) -> None:
    """Keep only the properties `components/schemas/{schema}` declares, line by line."""
    declared = set(load(spec)["components"]["schemas"][schema]["properties"])
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps({k: v for k, v in json.loads(line).items() if k in declared}) + "\n")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "replicate":
        replicate(Path(args[0]), Path(args[1]), int(args[2]))
    elif command == "repositories":
        repositories(Path(args[0]), Path(args[1]), int(args[2]), int(args[3]))
    elif command == "restrict":
        restrict(Path(args[0]), Path(args[1]), Path(args[2]), args[3])
    else:
        sys.exit(f"unknown command {command!r}")
