"""The pre-commit hooks, run by the real `pre-commit` tool in throw-away git repositories."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "specs" / "ai-stats-video-status.yaml"

pytestmark = pytest.mark.slow

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.test",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.test",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(*args: str, cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    cache = tmp_path_factory.mktemp("pre-commit-home")
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(cache), "PATH": bin_dir + os.pathsep + os.environ["PATH"]}


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository holding this working tree (uncommitted changes included), as users pin it."""
    repo = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file() and not name.startswith(("out/", "tests/cases/")):
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, repo / name)
    git("init", "-q", cwd=repo, env=env)
    git("add", "-A", cwd=repo, env=env)
    git("commit", "-qm", "snapshot", cwd=repo, env=env)
    return repo, git("rev-parse", "HEAD", cwd=repo, env=env).stdout.strip()


def user_repo(tmp_path: Path, hook_repo: tuple[Path, str], hook: str, env: dict[str, str]) -> Path:
    repo_path, rev = hook_repo
    repo = tmp_path / "project"
    repo.mkdir()
    shutil.copyfile(SEED, repo / "api.yaml")
    (repo / "pyproject.toml").write_text(
        '[[tool.oapigen.clients]]\nspec = "api.yaml"\noutput = "client"\npackage-name = "video"\n'
    )
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo_path}\n    rev: {rev}\n    hooks:\n      - id: {hook}\n"
    )
    git("init", "-q", cwd=repo, env=env)
    result = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return repo


def commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    git("add", "-A", cwd=repo, env=env)
    return git("commit", "-m", message, cwd=repo, env=env, check=False)


def test_generate_hook_regenerates_and_fails_then_passes(tmp_path: Path, hook_repo: tuple[Path, str], env: dict[str, str]) -> None:
    repo = user_repo(tmp_path, hook_repo, "oapigen-generate", env)
    first = commit(repo, env, "add spec")
    assert first.returncode != 0
    assert "oapigen generate" in first.stdout + first.stderr and "Failed" in first.stdout + first.stderr
    assert (repo / "client" / "video" / "models" / "__init__.py").is_file()
    second = commit(repo, env, "add spec and client")
    assert second.returncode == 0, second.stdout + second.stderr
    spec = repo / "api.yaml"
    spec.write_text(spec.read_text().replace("Get video status", "Fetch the status of a video"))
    third = commit(repo, env, "change summary")
    assert third.returncode != 0
    assert "files were modified by this hook" in third.stdout + third.stderr
    assert "Fetch the status of a video" in (repo / "client" / "video" / "client.py").read_text()
    assert commit(repo, env, "change summary, regenerated").returncode == 0
    # A commit that touches no spec, config or template does not run the hook at all.
    (repo / "notes.txt").write_text("hello\n")
    unrelated = commit(repo, env, "notes")
    assert unrelated.returncode == 0
    assert "(no files to check)Skipped" in (unrelated.stdout + unrelated.stderr).replace(".", "")


def test_check_hook_fails_on_stale_output_without_touching_files(tmp_path: Path, hook_repo: tuple[Path, str], env: dict[str, str]) -> None:
    repo = user_repo(tmp_path, hook_repo, "oapigen-check", env)
    generate = subprocess.run([sys.executable, "-m", "generator", "generate", "-q"], cwd=repo, capture_output=True, text=True)
    assert generate.returncode == 0, generate.stderr
    assert commit(repo, env, "spec and client").returncode == 0
    spec = repo / "api.yaml"
    spec.write_text(spec.read_text().replace("Get video status", "Fetch the status of a video"))
    before = {p: p.read_bytes() for p in (repo / "client").rglob("*") if p.is_file()}
    stale = commit(repo, env, "change spec only")
    assert stale.returncode != 0
    assert "out of date" in stale.stdout + stale.stderr
    assert {p: p.read_bytes() for p in (repo / "client").rglob("*") if p.is_file()} == before
