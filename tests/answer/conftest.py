"""One real Assistant (real model, real index) shared by the slow answer tests."""

from __future__ import annotations

import pytest

from assistant.assistant import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="session")
def bot() -> Assistant:
    return Assistant.from_settings(Settings.from_env())
