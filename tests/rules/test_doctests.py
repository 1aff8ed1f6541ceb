"""The usage examples in the rule modules' docstrings run and stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import assistant.rules

MODULES = sorted(m.name for m in pkgutil.iter_modules(assistant.rules.__path__, "assistant.rules."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
