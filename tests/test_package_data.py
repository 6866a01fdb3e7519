"""Every data file kg reads at run time is shipped by a normal (non-editable) install.

An editable install reads files from the source tree, so a model missing from
``[tool.setuptools.package-data]`` goes unnoticed until someone installs a wheel
(``ar_nn.npz`` did, in the third session).
"""
from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _patterns() -> list[str]:
    if sys.version_info < (3, 11):
        pytest.skip("tomllib needs Python 3.11")
    import tomllib

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = conf["tool"]["setuptools"]["package-data"]
    return [p for patterns in data.values() for p in patterns]


def test_every_data_file_under_kg_is_package_data() -> None:
    patterns = _patterns()
    files = [p for p in (ROOT / "kg").rglob("*")
             if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert any(f.name == "ar_nn.npz" for f in files)  # the check sees the model files
    missing = [str(f.relative_to(ROOT)) for f in files if not any(fnmatch.fnmatch(f.name, pat) for pat in patterns)]
    assert missing == [], f"add patterns for these to [tool.setuptools.package-data]: {missing}"
