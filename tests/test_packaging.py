"""Installation as users do it: from a wheel, in fresh virtual environments."""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

import pytest

from generator.render import PACKAGE_FILES

ROOT = Path(__file__).resolve().parent.parent
VIDEO = ROOT / "out" / "ai-stats-video-status"

pytestmark = pytest.mark.slow


def _venv(path: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    return path / "bin"


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def test_pip_install_gives_a_working_cli_with_templates(tmp_path: Path) -> None:
    bin_dir = _venv(tmp_path / "venv")
    _run([str(bin_dir / "pip"), "install", "--quiet", str(ROOT)], cwd=tmp_path)
    work = tmp_path / "elsewhere"
    work.mkdir()
    spec = ROOT / "specs" / "ai-stats-video-status.yaml"
    args = [str(bin_dir / "oapigen"), "generate", str(spec), "-o", "client", "--package-name", "ai_stats_video_status"]
    _run(args, cwd=work)
    generated = {p.relative_to(work / "client"): p.read_bytes() for p in (work / "client").rglob("*") if p.is_file()}
    committed = {path: (VIDEO / path).read_bytes() for path in generated}
    assert generated == committed
    model_modules = [p for p in generated if p.parent.name == "models" and p.name != "__init__.py"]
    assert len(model_modules) == 2
    # every template's file, one file per model module, and the manifest
    assert len(generated) == len(PACKAGE_FILES) + len(model_modules) + 1
    # The wheel carries the templates; the checkout's templates/ folder is not what it used.
    site = next((tmp_path / "venv" / "lib").glob("python*/site-packages"))
    assert (site / "generator" / "templates" / "client.py.jinja").is_file()


def test_generated_package_installs_and_imports_with_only_its_runtime_deps(tmp_path: Path) -> None:
    bin_dir = _venv(tmp_path / "venv")
    _run([str(bin_dir / "pip"), "install", "--quiet", str(VIDEO)], cwd=tmp_path)
    code = (
        "import ai_stats_video_status as p, importlib.metadata as m;"
        "c = p.Client(api_key='k', base_url='http://127.0.0.1:9');"
        "print(type(c).__name__, p.__version__, sorted(m.requires('ai-stats-video-status')))"
    )
    result = _run([str(bin_dir / "python"), "-c", code], cwd=tmp_path)
    assert result.stdout.strip() == "Client 1.0.0 ['httpx<1,>=0.27', 'pydantic<3,>=2.7']"
    installed = _run([str(bin_dir / "pip"), "list", "--format=freeze"], cwd=tmp_path).stdout.lower()
    for absent in ("black", "jinja2", "click", "pyyaml"):
        assert f"{absent}==" not in installed
    assert (next((tmp_path / "venv" / "lib").glob("python*/site-packages")) / "ai_stats_video_status" / "py.typed").is_file()
