"""The examples in kg's docstrings are run, so they cannot drift from the code."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg

FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _modules() -> list[str]:
    names = [kg.__name__]
    for info in pkgutil.walk_packages(kg.__path__, prefix="kg."):
        if info.name.endswith("__main__"):
            continue  # running it would start the CLI
        names.append(info.name)
    return sorted(names)


MODULES = _modules()


def test_modules_are_found() -> None:
    assert "kg.pipeline" in MODULES and "kg.text.arabic" in MODULES


def test_some_docstrings_carry_examples() -> None:
    finder = doctest.DocTestFinder()
    examples = 0
    for name in MODULES:
        module = importlib.import_module(name)
        examples += sum(len(t.examples) for t in finder.find(module, name, globs={}))
    assert examples >= 20, examples


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False, report=False)
    assert result.failed == 0, f"{result.failed} doctest example(s) failed in {name}"
