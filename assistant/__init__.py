"""LegalQA: grounded answers over Chinese criminal-procedure rules.

Example:
    >>> from assistant import Assistant, Settings
    >>> bot = Assistant.from_settings(Settings.from_env())
    >>> bot.ask("SPP Rules art. 83").citations[0].article
    83
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.settings import Settings
from assistant.types import Answer, Article, Citation, Hit

if TYPE_CHECKING:
    from assistant.assistant import Assistant

__all__ = ["Answer", "Article", "Assistant", "Citation", "Hit", "Settings"]


def __getattr__(name: str) -> Any:
    # The Assistant pulls in torch; import it only when asked for.
    if name == "Assistant":
        from assistant.assistant import Assistant

        return Assistant
    raise AttributeError(name)
