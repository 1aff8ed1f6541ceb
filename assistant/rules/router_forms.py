"""Messages written as a form (pure): "Previous offences: none", "Danger: none identified".

A form answers each label with a word, and the fact readers read statements: a label
answered "none" or "no" is written as the statement it makes ("no previous offences"), so
the readers' own negation applies to it. `router_dictation.end_lines` has already made
each of the form's lines a sentence.

Example:
    >>> form_answers("age: 17. previous offences: none, first offence. q: can he get bail?")
    'age: 17. no previous offences, first offence. q: can he get bail?'
"""

from __future__ import annotations

import re

# a label at a sentence's or a bullet's start, answered by a bare negative
NONE_ANSWER = re.compile(
    r"(^|[.?!;]\s+|(?:^|\s)[-*\u2022]\s+)([a-z][a-z' ()/-]{2,60}?)\s*:\s*(?:none|no|nil|n/?a"
    r"|not applicable|never)(?: (?:identified|known|found|reported|recorded|at all|so far))?"
    r"(?=\s*(?:[.,;!?]|$))"
)


def form_answers(text: str) -> str:
    """`text` (lower-cased) with each "label: none" written as "no label"."""
    return NONE_ANSWER.sub(lambda m: f"{m.group(1)}no {m.group(2).strip()}", text)
